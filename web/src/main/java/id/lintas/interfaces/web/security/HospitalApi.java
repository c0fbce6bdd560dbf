package id.lintas.interfaces.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** The paths hospital systems call with HTTP Basic credentials: the REST and SOAP birth report services. */
final class HospitalApi {
    static final String REST = "/api/v1/hospital/";
    static final String SOAP = "/soap/";

    private HospitalApi() {
    }

    static boolean covers(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith(REST) || path.startsWith(SOAP);
    }

    static boolean isSoap(HttpServletRequest request) {
        return path(request).startsWith(SOAP);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
