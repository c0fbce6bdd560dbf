package id.lintas.interfaces.rest;

import id.lintas.domain.shared.BusinessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal from the application ({@link BusinessException}, including field-by-field {@code InvalidInput}) as a problem. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(BusinessException e) {
        return ProblemResponses.of(e, uri.getRequestUri().getPath());
    }
}
