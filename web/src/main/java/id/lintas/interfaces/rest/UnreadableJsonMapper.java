package id.lintas.interfaces.rest;

import id.lintas.domain.shared.BusinessException;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON (or not the JSON type expected) as a 400 problem, with the parser's words. */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<JsonException> {
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonException e) {
        return ProblemResponses.of(new BusinessException("request.json.invalid", String.valueOf(e.getMessage())),
                uri.getRequestUri().getPath());
    }
}
