package id.lintas.interfaces.rest;

import id.lintas.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A signed-in caller whose role may not do this: 403 as a problem, not a server error. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(EJBAccessException e) {
        return ProblemResponses.of(new BusinessException("access.denied"), uri.getRequestUri().getPath());
    }
}
