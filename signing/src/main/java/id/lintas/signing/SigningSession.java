package id.lintas.signing;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * An unlocked key for one signing session (e.g. the kadis's bulk signing after entering the
 * passphrase once). It signs documents; the private key itself is never handed out. Thread-safe
 * as far as the key's provider is (the JDK's and SunPKCS11 are). Close it when done.
 */
public final class SigningSession implements AutoCloseable {
    private final PrivateKey key;
    private final Provider provider;
    private final List<X509Certificate> chain;
    private final String algorithm;
    private Runnable onClose = () -> { };
    private volatile boolean closed;

    SigningSession(PrivateKey key, Provider provider, List<X509Certificate> chain) {
        this.key = key;
        this.provider = provider;
        this.chain = List.copyOf(chain);
        this.algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new SigningException("Jenis kunci " + key.getAlgorithm() + " tidak didukung",
                    "Key type " + key.getAlgorithm() + " is not supported");
        };
    }

    SigningSession onClose(Runnable action) {
        this.onClose = action;
        return this;
    }

    /** The signer's certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The signer's certificate and its issuers, as the key source holds them. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /**
     * Signs {@code pdf} as an incremental update (further ones for B-LT and B-LTA) and returns the
     * whole signed file; {@code pdf} may already carry signatures.
     *
     * @throws SigningException when the PDF cannot be read, the TSA fails or the key refuses; the
     *             input is unchanged then
     */
    public byte[] sign(byte[] pdf, SignatureRequest request) {
        if (closed) {
            throw new SigningException("Sesi penandatanganan sudah ditutup", "The signing session is closed");
        }
        return PadesSigner.sign(pdf, request, this);
    }

    ContentSigner contentSigner() {
        try {
            JcaContentSignerBuilder builder = new JcaContentSignerBuilder(algorithm);
            if (provider != null) {
                builder.setProvider(provider);
            }
            return builder.build(key);
        } catch (OperatorCreationException e) {
            throw new SigningException("Kunci tidak dapat dipakai untuk menandatangani", "The key cannot sign", e);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            onClose.run();
        }
    }
}
