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
}
