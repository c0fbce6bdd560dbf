package id.lintas.interfaces.rest;

import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.FieldError;
import id.lintas.domain.shared.InvalidInput;
import id.lintas.domain.shared.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/**
 * Refusals as RFC 9457 problem details ({@code application/problem+json}), in Bahasa Indonesia
 * ({@code title}, {@code detail}, each error's {@code message}) and English ({@code titleEn},
 * {@code detailEn}, {@code messageEn}); each field error names its field and its JSON pointer.
 */
public final class ProblemResponses {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Locale ID = BusinessException.INDONESIAN;
    /** HTTP status of refusals whose meaning is not "invalid input". */
    private static final Map<String, Integer> STATUS = Map.of(
            "report.notFound", 404, "case.notFound", 404,
            "report.referenceConflict", 409, "report.notOpenedYet", 409,
            "report.noInstitution", 403, "access.denied", 403, "transport.httpsRequired", 403,
            "report.body.tooLarge", 413,
            "request.json.invalid", 400);

    private ProblemResponses() {
    }

    /** The HTTP status of a refusal: 422 for invalid input, else by its kind (404, 409, ...). */
    public static int statusOf(BusinessException e) {
        return e instanceof InvalidInput ? 422 : STATUS.getOrDefault(e.key(), 422);
    }

    public static Response of(BusinessException e, String instance) {
        return of(statusOf(e), e, instance);
    }

    /** A refusal whose status the endpoint decides (a webhook's bad signature is a 401, say). */
    public static Response of(int status, BusinessException e, String instance) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(e, status, instance).toString()).build();
    }

    /** The problem document of a refusal as JSON text, for refusals made before JAX-RS sees the request. */
    public static String json(BusinessException e, String instance) {
        return body(e, instance).toString();
    }

    /** The problem document of a refusal. */
    static jakarta.json.JsonObject body(BusinessException e, String instance) {
        return body(e, statusOf(e), instance);
    }

    private static jakarta.json.JsonObject body(BusinessException e, int status, String instance) {
        JsonObjectBuilder problem = Jsons.createObjectBuilder()
                .add("type", "urn:lintas:problem:" + e.key())
                .add("title", title(status, ID)).add("titleEn", title(status, Locale.ENGLISH))
                .add("status", status)
                .add("detail", e.message(ID)).add("detailEn", e.message(Locale.ENGLISH))
                .add("instance", instance);
        if (e instanceof InvalidInput invalid) {
            JsonArrayBuilder errors = Jsons.createArrayBuilder();
            for (FieldError f : invalid.errors()) {
                errors.add(Jsons.createObjectBuilder().add("field", f.field()).add("pointer", pointer(f.field()))
                        .add("code", f.key()).add("message", f.message(ID)).add("messageEn", f.message(Locale.ENGLISH)));
            }
            problem.add("errors", errors);
        }
        return problem.build();
    }

    /** {@code witnesses[1].nik} as a JSON pointer: {@code /witnesses/1/nik}. */
    static String pointer(String field) {
        if (field.isEmpty()) {
            return "";
        }
        return "/" + field.replace("[", ".").replace("]", "").replace(".", "/");
    }

    private static String title(int status, Locale locale) {
        boolean id = locale == ID;
        return switch (status) {
            case 400 -> id ? "Permintaan tidak dapat dibaca" : "Request cannot be read";
            case 401 -> id ? "Tidak terautentikasi" : "Not authenticated";
            case 403 -> id ? "Tidak diizinkan" : "Forbidden";
            case 404 -> id ? "Tidak ditemukan" : "Not found";
            case 409 -> id ? "Bertentangan dengan data yang ada" : "Conflicts with existing data";
            case 413 -> id ? "Permintaan terlalu besar" : "Request too large";
            default -> id ? "Data tidak valid" : "Invalid data";
        };
    }
}
