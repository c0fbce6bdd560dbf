package id.lintas.signing;

/** The passphrase did not unlock the key: no session was opened and nothing was signed. */
public final class WrongPassphraseException extends SigningException {
    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(String keySource, Throwable cause) {
        super("Kata sandi salah untuk " + keySource + "; tidak ada dokumen yang ditandatangani",
                "Wrong passphrase for " + keySource + "; nothing was signed", cause);
    }
}
