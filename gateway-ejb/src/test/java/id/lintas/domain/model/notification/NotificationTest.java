package id.lintas.domain.model.notification;

import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {
    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    private static Notification callback() {
        return Notification.callback(Notification.About.caseEvent(1, 10L, "3316-SELINTAS-2026-000001", "case.moved"), 7,
                "{\"event\":\"case.moved\"}", T0);
    }

    @Test
    void aNewNotificationIsDueAtOnceWithAnEventIdOfItsOwn() {
        Notification n = callback();
        assertThat(n.status()).isEqualTo(NotificationStatus.WAITING);
        assertThat(n.nextAttemptAt()).isEqualTo(T0);
        assertThat(n.channel()).isEqualTo(Channel.CALLBACK);
        assertThat(n.institutionId()).contains(7L);
        assertThat(n.recipient()).isEmpty();
        assertThat(n.eventId()).hasSize(36).isNotEqualTo(callback().eventId());
    }

    @Test
    void failuresBackOffUpToTenMinutesKeepTheEventIdAndEndDeadAfterTheLastAttempt() {
        Notification n = callback();
        String eventId = n.eventId();
        n.failedForNow("503", T0);
        assertThat(n.nextAttemptAt()).isEqualTo(T0.plusSeconds(2));
        n.failedForNow("timeout", T0);
        assertThat(n.nextAttemptAt()).isEqualTo(T0.plusSeconds(4));
        while (n.attempts() < Notification.MAX_ATTEMPTS - 1) {
            n.failedForNow("503", T0);
        }
        assertThat(n.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(n.status()).isEqualTo(NotificationStatus.WAITING);
        n.failedForNow("503 still", T0);
        assertThat(n.status()).isEqualTo(NotificationStatus.DEAD);
        assertThat(n.lastError()).contains("503 still");
        assertThat(n.eventId()).isEqualTo(eventId);
    }

    @Test
    void aRefusalIsDeadAtOnceAndAReplaySendsTheSameEventAgain() {
        Notification n = callback();
        String eventId = n.eventId();
        n.refused("400 unknown reference", T0);
        assertThat(n.status()).isEqualTo(NotificationStatus.DEAD);
        assertThat(n.attempts()).isEqualTo(1);
        n.replay(T0.plusSeconds(60));
        assertThat(n.status()).isEqualTo(NotificationStatus.WAITING);
        assertThat(n.attempts()).isZero();
        assertThat(n.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(n.eventId()).isEqualTo(eventId);
        n.sent(T0.plusSeconds(61));
        assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(n.sentAt()).contains(T0.plusSeconds(61));
        assertThat(n.lastError()).isEmpty();
    }

    @Test
    void onlyADeadNotificationIsReplayedOrDiscardedAndASentOneIsNotSentAgain() {
        Notification n = callback();
        assertRefused(() -> n.replay(T0), "notification.state");
        assertRefused(() -> n.discard(T0), "notification.state");
        n.sent(T0);
        assertRefused(() -> n.sent(T0), "notification.state");
        assertRefused(() -> n.failedForNow("x", T0), "notification.state");
        Notification dead = callback();
        dead.refused("400", T0);
        dead.discard(T0);
        assertThat(dead.status()).isEqualTo(NotificationStatus.DISCARDED);
        assertRefused(() -> dead.replay(T0), "notification.state");
    }

    @Test
    void anEmailHasARecipientAndASubject() {
        Notification n = Notification.email(Notification.About.caseEvent(1, 10L, "C-1", "documents.ready"), " ibu@example.test ",
                "Dokumen", "Yth.", T0);
        assertThat(n.channel()).isEqualTo(Channel.EMAIL);
        assertThat(n.recipient()).contains("ibu@example.test");
        assertThat(n.subject()).contains("Dokumen");
        assertThat(n.institutionId()).isEmpty();
    }
}
