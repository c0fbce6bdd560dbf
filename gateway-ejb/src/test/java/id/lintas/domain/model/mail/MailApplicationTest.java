package id.lintas.domain.model.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.shared.BusinessException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailApplicationTest {
    static final Instant T = Instant.parse("2026-03-02T01:00:00Z");

    private MailApplication application() {
        return new MailApplication(1, new IncomingMail("<1@x>", "Siti <siti@example.id>", "Akta kelahiran", "mohon", T, List.of()),
                T);
    }

    private static String key(Throwable e) {
        return ((BusinessException) e).key();
    }

    @Test
    void anApplicationThatCannotBeDecidedFailsAfterItsTriesAndTheAdminHasItDecidedAgain() {
        MailApplication a = application();
        for (int i = 1; i < MailApplication.MAX_ATTEMPTS; i++) {
            a.notDecidedYet("database down", T);
            assertThat(a.status()).isEqualTo(MailApplicationStatus.RECEIVED);
        }
        a.notDecidedYet("database down", T.plusSeconds(5));
        assertThat(a.status()).isEqualTo(MailApplicationStatus.FAILED);
        assertThat(a.processedAt()).contains(T.plusSeconds(5));
        assertThat(a.attempts().lastError()).contains("database down");
        assertThat(a.auditSubject()).isEqualTo(a.reference()).startsWith("EM-");

        a.replay(T.plusSeconds(60));
        assertThat(a.status()).isEqualTo(MailApplicationStatus.RECEIVED);
        assertThat(a.attempts().count()).isZero();
        assertThat(a.attempts().nextAt()).isEqualTo(T.plusSeconds(60));
        assertThat(a.processedAt()).isEmpty();
        a.accepted("BIRTH", 7, "474.1/0001/2026", T.plusSeconds(61));
        assertThat(a.status()).isEqualTo(MailApplicationStatus.ACCEPTED);
    }

    @Test
    void onlyAFailedApplicationIsDecidedAgainAndNoneIsGivenUp() {
        MailApplication refused = application();
        refused.refused("BIRTH", "no KK attached", T);
        assertThatThrownBy(() -> refused.replay(T)).isInstanceOf(BusinessException.class)
                .extracting(MailApplicationTest::key).isEqualTo("mail.application.state");
        assertThatThrownBy(() -> application().replay(T)).as("still being decided").isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> refused.discard(T)).isInstanceOf(BusinessException.class)
                .extracting(MailApplicationTest::key).isEqualTo("mail.application.discard");
        assertThat(refused.status()).isEqualTo(MailApplicationStatus.REFUSED);
    }
}
