package id.lintas.interfaces.web.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;

/**
 * Signs hospital systems in before {@code @AutoApplySession} and {@code @LoginToContinue} see the
 * request: those serve people in the portal (keep the sign-in in a session, send to the login
 * page), while a hospital system sends HTTP Basic credentials with every request and must get a
 * 401, not a login page, and no session.
 */
@Interceptor
@HospitalApiFirst
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class HospitalApiFirstInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;

    @AroundInvoke
    public Object aroundValidate(InvocationContext invocation) throws Exception {
        Object[] p = invocation.getParameters();
        if ("validateRequest".equals(invocation.getMethod().getName()) && p.length == 3
                && p[0] instanceof HttpServletRequest request && p[1] instanceof HttpServletResponse response
                && p[2] instanceof HttpMessageContext context && HospitalApi.covers(request)
                && invocation.getTarget() instanceof LintasAuthentication mechanism) {
            return mechanism.basic(request, response, context);
        }
        return invocation.proceed();
    }
}
