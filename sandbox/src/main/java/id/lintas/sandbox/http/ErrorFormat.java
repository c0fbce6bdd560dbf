package id.lintas.sandbox.http;

/** How an API writes an {@link ApiFailure}: its error body, status and headers. */
@FunctionalInterface
public interface ErrorFormat {

    Reply render(ApiFailure failure);

    /**
     * SIAK's error body, also the admin API's: {@code {"RESPON":"GAGAL","KODE":...,"PESAN":...}}
     * plus {@code "KESALAHAN":[{"FIELD":...,"PESAN":...}]} when a body failed several checks.
     */
    ErrorFormat SIAK = failure -> {
        var body = Json.object().add("RESPON", "GAGAL").add("KODE", failure.code()).add("PESAN", failure.getMessage());
        if (!failure.problems().isEmpty()) {
            var list = Json.array();
            failure.problems().forEach(p -> list.add(Json.put(Json.object(), "FIELD", p.field()).add("PESAN", p.message())));
            body.add("KESALAHAN", list);
        }
        return Reply.json(failure.status(), body.build());
    };
}
