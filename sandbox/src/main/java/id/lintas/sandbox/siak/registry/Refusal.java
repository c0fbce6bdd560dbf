package id.lintas.sandbox.siak.registry;

import java.util.List;

/** SIAK refusing data that breaks its rules, with every problem found and a stable code. */
public final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final transient List<Problem> problems;

    public Refusal(String code, List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::message).toList()), null, false, false);
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    /** Refuses with {@code VALIDASI_GAGAL} when any problem was found; returns quietly otherwise. */
    public static void ifAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new Refusal("VALIDASI_GAGAL", problems);
        }
    }

    public String code() {
        return code;
    }

    public List<Problem> problems() {
        return problems;
    }
}
