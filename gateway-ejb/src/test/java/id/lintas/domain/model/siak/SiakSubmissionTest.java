package id.lintas.domain.model.siak;

import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SiakSubmissionTest {
    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    private static SiakSubmission fresh() {
        return SiakSubmission.of(1, 10L, "3316-SELINTAS-2026-000001", SiakSubmission.Kind.BIRTH, "{\"JENIS\":\"KELAHIRAN\"}", T0);
    }

    @Test
    void aNewSubmissionIsDueAtOnceWithItsOwnKey() {
        SiakSubmission s = fresh();
        assertThat(s.status()).isEqualTo(SubmissionStatus.WAITING);
        assertThat(s.nextAttemptAt()).isEqualTo(T0);
        assertThat(s.idempotencyKey()).hasSize(36).isNotEqualTo(fresh().idempotencyKey());
    }

    @Test
    void anOutageBacksOffExponentiallyUpToFiveMinutesAndKeepsTheKey() {
        SiakSubmission s = fresh();
        String key = s.idempotencyKey();
        Instant now = T0;
        s.failedForNow("503 SIAK sedang tidak tersedia", now);
        assertThat(s.nextAttemptAt()).isEqualTo(now.plusSeconds(2));
        s.failedForNow("503", now);
        assertThat(s.nextAttemptAt()).isEqualTo(now.plusSeconds(4));
        s.failedForNow("503", now);
        assertThat(s.nextAttemptAt()).isEqualTo(now.plusSeconds(8));
        for (int i = 0; i < 20; i++) {
            s.failedForNow("503", now);
        }
        assertThat(s.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(5)));
        assertThat(s.status()).isEqualTo(SubmissionStatus.WAITING);
        assertThat(s.idempotencyKey()).isEqualTo(key);
        assertThat(s.lastError()).contains("503");
    }

    @Test
    void acceptedOnceSiakGivesADraft() {
        SiakSubmission s = fresh();
        s.failedForNow("timeout", T0);
        s.accepted("D17", T0.plusSeconds(3));
        assertThat(s.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(s.draftId()).contains("D17");
        assertThat(s.attempts()).isEqualTo(2);
        assertThat(s.lastError()).isEmpty();
        assertRefused(() -> s.accepted("D18", T0), "siak.submission.state");
    }

    @Test
    void aRefusalGoesToTheDeadLettersWhereAnAdminReplaysOrDiscardsIt() {
        SiakSubmission s = fresh();
        s.refused("422 NIK ibu tidak ditemukan", T0);
        assertThat(s.status()).isEqualTo(SubmissionStatus.DEAD);
        s.replay(T0.plusSeconds(60));
        assertThat(s.status()).isEqualTo(SubmissionStatus.WAITING);
        assertThat(s.attempts()).isZero();
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
        s.refused("422 again", T0);
        s.discard(T0);
        assertThat(s.status()).isEqualTo(SubmissionStatus.DISCARDED);
        assertRefused(() -> s.replay(T0), "siak.submission.state");
    }

    @Test
    void endlessFailuresEndInTheDeadLetters() {
        SiakSubmission s = fresh();
        for (int i = 0; i < SiakSubmission.MAX_ATTEMPTS; i++) {
            s.failedForNow("503", T0);
        }
        assertThat(s.status()).isEqualTo(SubmissionStatus.DEAD);
    }
}
