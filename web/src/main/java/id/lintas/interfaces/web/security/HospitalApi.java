package id.lintas.interfaces.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** The paths hospital systems call with HTTP Basic credentials: the REST and SOAP birth report services. */
final class HospitalApi {
    static final String REST = "/api/v1/hospital/";
    static final String SOAP = "/soap/";

    private HospitalApi() {
    }

    static boolean covers(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(REST) || path.startsWith(SOAP);
    }
}
