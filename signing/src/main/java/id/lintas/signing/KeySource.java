package id.lintas.signing;

/**
 * Where the kadis's key lives: a PKCS#12 file ({@link Pkcs12KeySource}) or a PKCS#11 token
 * ({@link Pkcs11KeySource}). The key is unlocked by the kadis's passphrase for one signing
 * session and never leaves this module: callers get a {@link SigningSession} that signs.
 */
public interface KeySource {
    /**
     * Unlocks the key.
     *
     * @throws WrongPassphraseException when the passphrase does not unlock it (nothing is signed)
     * @throws SigningException when the key source cannot be read
     */
    SigningSession open(char[] passphrase);

    /** For messages: which file or token this is. */
    String describe();
}
