package id.lintas.signing;

/**
 * Signing failed and nothing was signed. The message is for people: Bahasa Indonesia first,
 * English second, separated by " / ".
 */
public class SigningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SigningException(String indonesian, String english, Throwable cause) {
        super(indonesian + " / " + english, cause);
    }

    public SigningException(String indonesian, String english) {
        this(indonesian, english, null);
    }
}
