package id.lintas.domain.model.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.shared.BusinessException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboundMessageTest {
    static final Instant T = Instant.parse("2026-03-02T01:00:00Z");
    static final WaId SITI = WaId.of("6281234567890");

    private OutboundMessage message() {
        return new OutboundMessage(1, 7L, SITI, OutboundKind.TEXT, "{\"type\":\"text\"}", T);
    }

    @Test
    void acceptedThenDeliveredThenReadAsMetaReports() {
        OutboundMessage m = message();
        assertThat(m.status()).isEqualTo(OutboundStatus.WAITING);
        assertThat(m.nextAttemptAt()).isEqualTo(T);

        m.accepted("wamid.OUT1", T.plusSeconds(1));
        assertThat(m.status()).isEqualTo(OutboundStatus.SENT);
        assertThat(m.wamid()).contains("wamid.OUT1");
        assertThat(m.attempts()).isEqualTo(1);

        assertThat(m.reported(OutboundStatus.SENT, T.plusSeconds(2), null, T)).as("again").isFalse();
        assertThat(m.reported(OutboundStatus.READ, T.plusSeconds(4), null, T)).isTrue();
        assertThat(m.reported(OutboundStatus.DELIVERED, T.plusSeconds(3), null, T)).as("late, out of order").isFalse();
        assertThat(m.status()).isEqualTo(OutboundStatus.READ);
        assertThat(m.statusAt()).contains(T.plusSeconds(4));
    }

    @Test
    void aFailureReportKeepsMetasError() {
        OutboundMessage m = message();
        m.accepted("wamid.OUT1", T);

        DeliveryReport report = new DeliveryReport(1, "wamid.OUT1", OutboundStatus.FAILED, T.plusSeconds(5),
                "131047 Re-engagement message", T.plusSeconds(6));
        report.applyTo(m, T.plusSeconds(6));

        assertThat(m.status()).isEqualTo(OutboundStatus.FAILED);
        assertThat(m.lastError()).contains("131047 Re-engagement message");
        assertThat(report.appliedAt()).contains(T.plusSeconds(6));
        assertThatThrownBy(() -> new DeliveryReport(1, "wamid.OTHER", OutboundStatus.READ, T, null, T).applyTo(m, T))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReportBeforeTheMessageIsAcceptedMovesNothing() {
        OutboundMessage m = message();

        assertThat(m.reported(OutboundStatus.DELIVERED, T, null, T)).isFalse();
        assertThat(m.status()).isEqualTo(OutboundStatus.WAITING);
    }

    @Test
    void aRefusalIsDeadAtOnceAndTheAdminReplaysIt() {
        OutboundMessage m = message();

        m.refused("400 Graph error 131030: Recipient phone number not in allowed list", T);
        assertThat(m.status()).isEqualTo(OutboundStatus.DEAD);
        assertThatThrownBy(() -> m.accepted("wamid.X", T)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).key()).isEqualTo("whatsapp.outbound.state");

        m.replay(T.plusSeconds(60));
        assertThat(m.status()).isEqualTo(OutboundStatus.WAITING);
        assertThat(m.nextAttemptAt()).isEqualTo(T.plusSeconds(60));
    }

    @Test
    void theAdminDiscardsADeadMessageOnly() {
        OutboundMessage m = message();
        assertThatThrownBy(() -> m.discard(T)).as("still waiting").isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).key()).isEqualTo("whatsapp.outbound.state");

        m.refused("400 Graph error 131026: Message undeliverable", T);
        m.discard(T.plusSeconds(60));
        assertThat(m.status()).isEqualTo(OutboundStatus.DISCARDED);
        assertThat(m.updatedAt()).isEqualTo(T.plusSeconds(60));
        assertThatThrownBy(() -> m.replay(T)).as("given up").isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> m.discard(T)).isInstanceOf(BusinessException.class);
    }

    @Test
    void aReplayedDocumentMessageIsUploadedAgain() {
        String payload = "{\"type\":\"document\",\"document\":{\"id\":\"" + OutboundMessage.UPLOAD + "\",\"filename\":\"kk.pdf\"}}";
        OutboundMessage m = OutboundMessage.document(1, 7L, SITI, OutboundKind.DOCUMENT, "doc-1", payload, T);
        m.uploaded("1037543291500001", T);
        assertThat(m.documentToUpload()).isEmpty();
        assertThat(m.payload()).contains("\"id\":\"1037543291500001\"");
        m.refused("400 Graph error 131047: Re-engagement message", T);

        m.replay(T.plusSeconds(60));
        assertThat(m.status()).isEqualTo(OutboundStatus.WAITING);
        assertThat(m.attempts()).isZero();
        assertThat(m.payload()).isEqualTo(payload);
        assertThat(m.documentToUpload()).contains("doc-1");
        m.uploaded("1037543291500002", T.plusSeconds(61));
        assertThat(m.payload()).contains("1037543291500002").doesNotContain("1037543291500001");
    }

    @Test
    void aDeadTextMessageIsReplayedAsItWas() {
        OutboundMessage m = message();
        m.refused("400", T);
        m.replay(T);
        assertThat(m.payload()).isEqualTo("{\"type\":\"text\"}");
        assertThat(m.documentToUpload()).isEmpty();
    }

    @Test
    void aNumberShowsItsLastFourDigitsOnly() {
        assertThat(SITI.lastFourOnly()).isEqualTo("*********7890");
    }

    @Test
    void failuresBackOffThenTheMessageIsDead() {
        OutboundMessage m = message();
        for (int i = 1; i < OutboundMessage.MAX_ATTEMPTS; i++) {
            m.failedForNow("503", T);
            assertThat(m.status()).isEqualTo(OutboundStatus.WAITING);
        }
        assertThat(m.nextAttemptAt()).isAfter(T);

        m.failedForNow("503", T);
        assertThat(m.status()).isEqualTo(OutboundStatus.DEAD);
    }

    @Test
    void apiStatusesAndComplaintRouting() {
        assertThat(OutboundStatus.ofApi("delivered")).contains(OutboundStatus.DELIVERED);
        assertThat(OutboundStatus.ofApi("deleted")).isEmpty();
        assertThat(LoggedComplaint.kabidFor("BIRTH")).isEqualTo(Role.KABID_CAPIL);
        assertThat(LoggedComplaint.kabidFor("KTP_EL")).isEqualTo(Role.KABID_DAFDUK);
        assertThat(LoggedComplaint.kabidFor(null)).isEqualTo(Role.KABID_CAPIL);
    }
}
