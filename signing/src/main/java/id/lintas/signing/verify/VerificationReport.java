package id.lintas.signing.verify;

import java.util.List;

/** Every signature and document timestamp of a PDF, in the order they were made. */
public record VerificationReport(List<SignatureReport> signatures) {
    public VerificationReport {
        signatures = List.copyOf(signatures);
    }

    /** There is at least one signature and everything holds for each. */
    public boolean allHold() {
        return !signatures.isEmpty() && signatures.stream().allMatch(SignatureReport::holds);
    }

    /** The signatures only, without document timestamps. */
    public List<SignatureReport> signaturesOnly() {
        return signatures.stream().filter(s -> s.kind() == SignatureReport.Kind.SIGNATURE).toList();
    }
}
