package id.lintas.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongest() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(9)).isEqualTo(Duration.ofSeconds(512));
        assertThat(backoff.after(10)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.after(1000)).as("no overflow").isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.next(Instant.EPOCH, 3)).isEqualTo(Instant.EPOCH.plusSeconds(8));
    }

    @Test
    void theLongestIsNotShorterThanTheFirst() {
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
