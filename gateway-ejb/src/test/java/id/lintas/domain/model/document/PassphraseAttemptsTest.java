package id.lintas.domain.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.shared.BusinessException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PassphraseAttemptsTest {
    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void theThirdWrongPassphraseInARowLocksSigningForAWhile() {
        PassphraseAttempts a = PassphraseAttempts.none().wrong(NOW, LOCKOUT);
        assertThat(a.remaining()).isEqualTo(2);
        a = a.wrong(NOW, LOCKOUT);
        assertThat(a.isLocked(NOW)).isFalse();
        assertThat(a.remaining()).isEqualTo(1);
        a = a.wrong(NOW, LOCKOUT);
        assertThat(a.isLocked(NOW.plusSeconds(60))).isTrue();
        assertThat(a.remaining()).isZero();
        PassphraseAttempts locked = a;
        assertThatThrownBy(() -> locked.requireOpen(NOW.plusSeconds(60), WIB)).isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).key()).isEqualTo("tte.locked");
                    assertThat(e.getMessage()).contains("10:15");
                });
        locked.requireOpen(NOW.plus(LOCKOUT), WIB); // open again once the time is over
    }

    @Test
    void afterALockEndsTheCountStartsAgain() {
        PassphraseAttempts a = PassphraseAttempts.none().wrong(NOW, LOCKOUT).wrong(NOW, LOCKOUT).wrong(NOW, LOCKOUT);
        PassphraseAttempts later = a.wrong(NOW.plus(LOCKOUT).plusSeconds(1), LOCKOUT);
        assertThat(later.failures()).isEqualTo(1);
        assertThat(later.isLocked(NOW.plus(LOCKOUT).plusSeconds(1))).isFalse();
    }
}
