package id.lintas.domain.model.birthreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BirthReportTest {
    static final Instant T0 = Instant.parse("2026-11-23T03:00:00Z");

    /** A report as the repository loads it after accepting it (the row is written by SQL). */
    static BirthReport received(String caseNumber) throws Exception {
        BirthReport r = new BirthReport();
        set(r, "reference", "RM-1");
        set(r, "caseNumber", caseNumber);
        set(r, "status", BirthReport.ReportStatus.RECEIVED);
        set(r, "nextAttemptAt", T0);
        return r;
    }

    private static void set(Object o, String field, Object value) throws Exception {
        Field f = BirthReport.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(o, value);
    }

    @Test
    void aReportOpensItsCaseOnceUnderTheReservedNumber() throws Exception {
        BirthReport r = received("3316-SELINTAS-2026-000001");
        assertThatThrownBy(() -> r.openedCase(7, "3316-SELINTAS-2026-000002")).isInstanceOf(IllegalArgumentException.class);
        r.openedCase(7, "3316-SELINTAS-2026-000001");
        assertThat(r.status()).isEqualTo(BirthReport.ReportStatus.OPENED);
        assertThat(r.caseId()).isEqualTo(7L);
        assertThatThrownBy(() -> r.openedCase(8, "3316-SELINTAS-2026-000001")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReportWhoseCaseCannotBeOpenedIsTriedAgainLaterThenFails() throws Exception {
        BirthReport r = received("3316-SELINTAS-2026-000003");
        r.notOpenedYet("database busy", T0);
        assertThat(r.status()).isEqualTo(BirthReport.ReportStatus.RECEIVED);
        assertThat(r.lastError()).contains("database busy");
        for (int i = 1; i < BirthReport.MAX_ATTEMPTS; i++) {
            r.notOpenedYet("still failing", T0);
        }
        assertThat(r.status()).isEqualTo(BirthReport.ReportStatus.FAILED);
        assertThatThrownBy(() -> r.notOpenedYet("again", T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReportTheCaseRulesRefuseFailsAtOnceAndTheAdminHasItProcessedAgain() throws Exception {
        BirthReport r = received("3316-SELINTAS-2026-000004");
        id.lintas.domain.shared.Refusals.assertRefused(() -> r.replay(T0), "report.state");
        r.refused("Akun pkm.cepu ... / Account pkm.cepu ...", T0.plusSeconds(1));
        assertThat(r.status()).isEqualTo(BirthReport.ReportStatus.FAILED);
        assertThat(r.attempts()).isEqualTo(1);
        assertThat(r.failedAt()).contains(T0.plusSeconds(1));
        assertThatThrownBy(() -> r.refused("again", T0)).isInstanceOf(IllegalStateException.class);

        r.replay(T0.plusSeconds(60));
        assertThat(r.status()).isEqualTo(BirthReport.ReportStatus.RECEIVED);
        assertThat(r.attempts()).isZero();
        assertThat(r.failedAt()).isEmpty();
        assertThat(r.lastError()).as("kept until it opens").isPresent();
        r.postpone(T0.plusSeconds(120));
        r.openedCase(9, "3316-SELINTAS-2026-000004");
        assertThat(r.status()).isEqualTo(BirthReport.ReportStatus.OPENED);
        assertThat(r.lastError()).isEmpty();
        id.lintas.domain.shared.Refusals.assertRefused(() -> r.discard(T0), "report.state");
    }

    @Test
    void aDiscardedReportStaysFailedNotedAsGivenUp() throws Exception {
        BirthReport r = received("3316-SELINTAS-2026-000005");
        for (int i = 0; i < BirthReport.MAX_ATTEMPTS; i++) {
            r.notOpenedYet("database busy", T0.plusSeconds(i));
        }
        assertThat(r.failedAt()).contains(T0.plusSeconds(BirthReport.MAX_ATTEMPTS - 1));
        r.discard(T0.plusSeconds(3600));
        assertThat(r.status()).isEqualTo(BirthReport.ReportStatus.FAILED);
        assertThat(r.discardedAt()).contains(T0.plusSeconds(3600));
        id.lintas.domain.shared.Refusals.assertRefused(() -> r.discard(T0), "report.state");
        r.replay(T0.plusSeconds(7200));
        assertThat(r.discardedAt()).as("processed again after all").isEmpty();
    }
}
