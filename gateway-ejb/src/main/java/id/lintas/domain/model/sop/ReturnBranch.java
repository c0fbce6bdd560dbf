package id.lintas.domain.model.sop;

import java.io.Serializable;
import java.util.Objects;

/**
 * A way back from a step to an earlier one, with the SOP's own condition, e.g. "Jika tidak
 * sesuai, dikembalikan kepada Operator SIAK". Whoever returns a case must give a reason.
 */
public record ReturnBranch(String to, LocalizedText condition) implements Serializable {
    public ReturnBranch {
        Keys.require(to, "return target");
        Objects.requireNonNull(condition, "return condition");
    }
}
