package id.lintas.signing;

import org.bouncycastle.tsp.TimeStampToken;

/** Obtains RFC 3161 timestamp tokens over a SHA-256 digest (for B-T signatures and B-LTA document timestamps). */
public interface TimestampClient {
    /**
     * A timestamp token whose message imprint is {@code sha256Digest}.
     *
     * @throws SigningException when the authority cannot be reached or refuses
     */
    TimeStampToken timestamp(byte[] sha256Digest);
}
