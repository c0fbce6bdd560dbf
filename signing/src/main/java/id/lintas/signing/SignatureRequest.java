package id.lintas.signing;

import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What to sign with: the level, the appearance, reason and location (in the signature dictionary),
 * the claimed signing time (the dictionary's {@code /M}; {@code null}: now), the timestamp
 * authority (required from B-T) and the CRLs to embed (required from B-LT).
 */
public record SignatureRequest(PadesLevel level, Appearance appearance, String reason, String location,
        Instant signingTime, TimestampClient timestamps, List<X509CRL> crls) {

    public SignatureRequest {
        Objects.requireNonNull(level, "level");
        appearance = appearance == null ? Appearance.invisible() : appearance;
        crls = crls == null ? List.of() : List.copyOf(crls);
        if (level.atLeast(PadesLevel.B_T) && timestamps == null) {
            throw new IllegalArgumentException("Tingkat " + level.label() + " memerlukan otoritas cap waktu (TSA)"
                    + " / Level " + level.label() + " needs a timestamp authority");
        }
        if (level.atLeast(PadesLevel.B_LT) && crls.isEmpty()) {
            throw new IllegalArgumentException("Tingkat " + level.label() + " memerlukan CRL"
                    + " / Level " + level.label() + " needs the CRLs to embed");
        }
    }

    /** An invisible signature at {@code level}, no reason or location, signed now; no TSA, no CRLs. */
    public static SignatureRequest at(PadesLevel level, TimestampClient timestamps, List<X509CRL> crls) {
        return new SignatureRequest(level, Appearance.invisible(), null, null, null, timestamps, crls);
    }

    public SignatureRequest withAppearance(Appearance value) {
        return new SignatureRequest(level, value, reason, location, signingTime, timestamps, crls);
    }

    public SignatureRequest withReason(String value) {
        return new SignatureRequest(level, appearance, value, location, signingTime, timestamps, crls);
    }

    public SignatureRequest withLocation(String value) {
        return new SignatureRequest(level, appearance, reason, value, signingTime, timestamps, crls);
    }

    public SignatureRequest withSigningTime(Instant value) {
        return new SignatureRequest(level, appearance, reason, location, value, timestamps, crls);
    }
}
