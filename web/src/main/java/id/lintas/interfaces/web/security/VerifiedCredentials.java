package id.lintas.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers, for {@link #TTL}, that a username and password were valid, so a hospital system
 * sending its credentials with every request pays the PBKDF2 check once every few minutes, not
 * once per request. Only a salted SHA-256 of the pair is kept, never the password; refusals are
 * not remembered. A deactivated account or a changed password takes effect within {@link #TTL}.
 * Local to one instance, and losing it costs one slow check: nothing here must be shared.
 */
@ApplicationScoped
public class VerifiedCredentials {
    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(CredentialValidationResult result, long expiresAtNanos) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] salt = java.security.SecureRandom.getSeed(16);

    CredentialValidationResult validate(UsernamePasswordCredential credential,
            Function<UsernamePasswordCredential, CredentialValidationResult> check) {
        String key = key(credential);
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAtNanos() - now > 0) {
            return entry.result();
        }
        CredentialValidationResult result = check.apply(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (entries.size() >= MAX_ENTRIES) {
                evictExpired(now);
            }
            entries.put(key, new Entry(result, now + TTL.toNanos()));
        } else {
            entries.remove(key);
        }
        return result;
    }

    private void evictExpired(long now) {
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext();) {
            if (it.next().expiresAtNanos() - now <= 0) {
                it.remove();
            }
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
    }

    private String key(UsernamePasswordCredential credential) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(credential.getCaller().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
