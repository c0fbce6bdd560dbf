package id.lintas.application.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.HashMap;
import java.util.Map;

/**
 * Hashes passwords the way the portal's database identity store verifies them. The stored
 * form names its own algorithm and iteration count, so raising the cost later leaves older
 * hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {
    /** PBKDF2 parameters, also used by the identity store definition in the web module. */
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void init() {
        Map<String, String> parameters = new HashMap<>();
        for (String p : new String[] {ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE}) {
            String[] kv = p.split("=", 2);
            parameters.put(kv[0], kv[1]);
        }
        hash.initialize(parameters);
    }

    public String hash(char[] password) {
        if (password == null || password.length < 8) {
            throw new id.lintas.domain.shared.BusinessException("user.password.tooShort", 8);
        }
        return hash.generate(password);
    }

    public boolean verify(char[] password, String stored) {
        return hash.verify(password, stored);
    }
}
