package id.lintas.sandbox.http;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * A refusal that becomes the SIAK error body {@code {"RESPON":"GAGAL","KODE":...,"PESAN":...}}
 * with its HTTP status. {@code KODE} is a stable upper-case code for programs, {@code PESAN} a
 * message in Bahasa Indonesia for people; {@code problems} (each a field and its message) are
 * added as {@code KESALAHAN} when a body failed several checks.
 */
public final class ApiFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final transient List<Problem> problems;

    public ApiFailure(int status, String code, String message, List<Problem> problems) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    public ApiFailure(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    /** One failed check of a submitted body: the field ({@code null} for the body as a whole) and why. */
    public record Problem(String field, String message) {
    }

    public static ApiFailure badRequest(String code, String message) {
        return new ApiFailure(400, code, message);
    }

    public static ApiFailure notFound(String code, String message) {
        return new ApiFailure(404, code, message);
    }

    public static ApiFailure conflict(String code, String message) {
        return new ApiFailure(409, code, message);
    }

    public static ApiFailure unprocessable(String code, String message) {
        return new ApiFailure(422, code, message);
    }

    /** 422 with every problem found, the messages joined into {@code PESAN}. */
    public static ApiFailure invalid(String code, List<Problem> problems) {
        String message = problems.size() == 1 ? problems.get(0).message()
                : "Data tidak valid: " + String.join("; ", problems.stream().map(Problem::message).toList());
        return new ApiFailure(422, code, message, problems);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Problem> problems() {
        return problems;
    }

    public Reply toReply() {
        var body = Json.object().add("RESPON", "GAGAL").add("KODE", code).add("PESAN", getMessage());
        if (!problems.isEmpty()) {
            var list = Json.array();
            problems.forEach(p -> list.add(Json.put(Json.object(), "FIELD", p.field()).add("PESAN", p.message())));
            body.add("KESALAHAN", list);
        }
        JsonObject json = body.build();
        return Reply.json(status, json);
    }
}
