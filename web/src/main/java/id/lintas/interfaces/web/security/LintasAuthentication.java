package id.lintas.interfaces.web.security;

import id.lintas.domain.shared.BusinessException;
import id.lintas.interfaces.rest.ProblemResponses;
import id.lintas.interfaces.soap.SoapFaults;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * How callers sign in. People use the portal's JSF login form ({@link LoginBean}); their sign-in
 * is kept in the HTTP session ({@code @AutoApplySession}), and a protected page asked for without
 * it leads to the login page ({@code @LoginToContinue}).
 * Hospital systems call the hospital API ({@code /api/v1/hospital/*}, {@code /soap/*}) over TLS
 * with HTTP Basic credentials on every request and get no session ({@link HospitalApiFirstInterceptor}): a 401 with a {@code WWW-Authenticate}
 * challenge when they are missing or wrong. Both are checked against the same identity store
 * (the {@code app_user} table); a hospital's successful credentials are remembered for a few
 * minutes ({@link VerifiedCredentials}), since their PBKDF2 check is deliberately slow.
 * A hospital API call over plain HTTP is refused before its credentials are read ({@link HospitalApiTls}):
 * a 403 problem for REST, a SOAP fault for SOAP, naming the https address; only the public WSDL
 * ({@code GET /soap/BirthReport?wsdl} without credentials) is served on both.
 *
 * <p>One mechanism for both, because Jakarta Security 3 allows one per application.
 */
@ApplicationScoped
@AutoApplySession
@HospitalApiFirst
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class LintasAuthentication implements HttpAuthenticationMechanism {
    static final String REALM = "Lintas hospital API";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    VerifiedCredentials verified;

    @Inject
    Config config;

    private HospitalApiTls tls;

    @PostConstruct
    void readTlsRule() {
        tls = HospitalApiTls.configured(config);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (HospitalApi.covers(request)) { // normally taken by HospitalApiFirstInterceptor before it gets here
            return basic(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStore.validate(credential));
        }
        return context.doNothing();
    }

    /** A hospital system's request: HTTP Basic over TLS, or a 401 challenge ({@link HospitalApiFirstInterceptor} calls it). */
    AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (!tls.encrypted(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"))) {
            return header == null && !context.isProtected() ? context.doNothing() : refuseUnencrypted(request, response);
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decode(header.substring(6).strip());
            if (credential != null) {
                CredentialValidationResult result = verified.validate(credential, identityStore::validate);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
        } else if (!context.isProtected()) {
            return context.doNothing();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    /** A hospital API request over plain HTTP: refused with the https address, its credentials unread. */
    private AuthenticationStatus refuseUnencrypted(HttpServletRequest request, HttpServletResponse response) {
        BusinessException refusal = new BusinessException("transport.httpsRequired",
                tls.httpsAddress(request.getServerName(), request.getRequestURI(), request.getQueryString()));
        boolean soap = HospitalApi.isSoap(request);
        response.setStatus(soap ? SoapFaults.HTTP_STATUS : ProblemResponses.statusOf(refusal));
        response.setContentType(soap ? SoapFaults.CONTENT_TYPE : ProblemResponses.PROBLEM_JSON + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getOutputStream().write((soap ? SoapFaults.envelope(refusal) : ProblemResponses.json(refusal,
                    request.getRequestURI())).getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException clientGone) {
            // nothing to tell a client that is no longer there
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential decode(String token) {
        try {
            String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(pair.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
