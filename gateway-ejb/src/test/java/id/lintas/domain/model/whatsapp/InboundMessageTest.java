package id.lintas.domain.model.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A message whose handling fails on Lintas's side backs off, then is given up so its phone goes on. */
class InboundMessageTest {
    final Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    final InboundMessage m = new InboundMessage(1, InboundMessage.Received.text("wamid.1", WaId.of("6281234567890"), "status", t0), t0);

    @Test
    void aFailedHandlingBacksOffAndIsGivenUpAfterTheLastAttempt() {
        assertThat(m.handlingFailed("deadlock", t0)).isFalse();
        assertThat(m.nextAttemptAt()).isEqualTo(t0.plusSeconds(2));
        assertThat(m.handlingFailed("deadlock", t0)).isFalse();
        assertThat(m.nextAttemptAt()).isEqualTo(t0.plusSeconds(4));
        assertThat(m.processedAt()).isEmpty();
        assertThat(m.givenUp()).isFalse();

        for (int attempt = 3; attempt < InboundMessage.MAX_ATTEMPTS; attempt++) {
            assertThat(m.handlingFailed("deadlock", t0)).isFalse();
        }
        assertThat(m.handlingFailed("still a deadlock", t0)).isTrue();

        assertThat(m.processedAt()).contains(t0);
        assertThat(m.givenUp()).isTrue();
        assertThat(m.conversationId()).isEmpty();
        assertThat(m.lastError()).contains("still a deadlock");
        assertThatThrownBy(() -> m.handlingFailed("again", t0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHandledMessageIsNotGivenUp() {
        m.processed(42, t0);

        assertThat(m.givenUp()).isFalse();
    }
}
