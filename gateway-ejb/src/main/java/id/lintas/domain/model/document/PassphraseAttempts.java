package id.lintas.domain.model.document;

import id.lintas.domain.shared.BusinessException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A signer's wrong TTE passphrases in a row: after {@link #LIMIT} of them signing is locked for
 * {@code lockout}, so a guessed passphrase needs more than a few tries (the key file itself has no
 * such guard). A right passphrase starts the count again. Immutable; the application stores it.
 *
 * @param failures wrong passphrases since the last right one (or since the last lock ended)
 * @param lockedUntil when signing opens again, or null when it is open
 */
public record PassphraseAttempts(int failures, Instant lockedUntil) {
    public static final int LIMIT = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public static PassphraseAttempts none() {
        return new PassphraseAttempts(0, null);
    }

    /** Refuses to open a signing session while locked, saying until when (WIB, the office's time). */
    public void requireOpen(Instant now, ZoneId zone) {
        if (isLocked(now)) {
            throw new BusinessException("tte.locked", TIME.format(lockedUntil.atZone(zone)));
        }
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** One more wrong passphrase: the third in a row locks signing until {@code now + lockout}. */
    public PassphraseAttempts wrong(Instant now, Duration lockout) {
        int count = lockedUntil != null && !isLocked(now) ? 1 : failures + 1;
        return count >= LIMIT ? new PassphraseAttempts(count, now.plus(lockout)) : new PassphraseAttempts(count, null);
    }

    /** How many tries are left before the lock (0 once locked). */
    public int remaining() {
        return Math.max(0, LIMIT - failures);
    }
}
