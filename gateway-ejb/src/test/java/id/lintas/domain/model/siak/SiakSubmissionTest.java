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

    @Test
    void anAcceptedDraftIsAskedAboutUntilSiakNumbersItOnce() {
        SiakSubmission s = fresh();
        s.accepted("KLH-00000001", T0);
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plusSeconds(1));
        s.notNumberedYet(null, T0);
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plusSeconds(2));
        s.notNumberedYet("503 SIAK sedang tidak tersedia", T0);
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plusSeconds(4));
        assertThat(s.lastError()).contains("503 SIAK sedang tidak tersedia");
        for (int i = 0; i < 30; i++) {
            s.notNumberedYet(null, T0);
        }
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(s.issuedNumbers()).isEmpty();

        var numbers = new java.util.LinkedHashMap<String, String>();
        numbers.put("NIK", "3316086111260001");
        numbers.put("NO_KK", "3316080510220001");
        numbers.put("NO_AKTA_LHR", "3316-LU-23112026-0001");
        s.numbered(numbers, T0.plusSeconds(9));
        assertThat(s.status()).isEqualTo(SubmissionStatus.NUMBERED);
        assertThat(s.issuedNumbers()).containsExactly(java.util.Map.entry("NIK", "3316086111260001"),
                java.util.Map.entry("NO_KK", "3316080510220001"), java.util.Map.entry("NO_AKTA_LHR", "3316-LU-23112026-0001"));
        assertThat(s.numberedAt()).contains(T0.plusSeconds(9));
        assertThat(s.lastError()).isEmpty();
        assertRefused(() -> s.numbered(numbers, T0), "siak.submission.state");
        assertRefused(() -> s.notNumberedYet(null, T0), "siak.submission.state");
    }

    @Test
    void numbersAreOnlyTakenFromAnAcceptedDraftAndNeverEmpty() {
        SiakSubmission s = fresh();
        assertRefused(() -> s.numbered(java.util.Map.of("NIK", "1"), T0), "siak.submission.state");
        s.accepted("KLH-00000002", T0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.numbered(java.util.Map.of(), T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(s.status()).isEqualTo(SubmissionStatus.ACCEPTED);
    }

    @Test
    void aDraftSiakRejectsAfterAcceptingItIsADeadLetterThatCanBeReplayed() {
        SiakSubmission s = fresh();
        s.accepted("KLH-00000003", T0);
        s.rejected("DITOLAK: data ibu tidak sesuai", T0.plusSeconds(5));
        assertThat(s.status()).isEqualTo(SubmissionStatus.DEAD);
        assertThat(s.lastError()).contains("DITOLAK: data ibu tidak sesuai");
        s.replay(T0.plusSeconds(60));
        assertThat(s.status()).isEqualTo(SubmissionStatus.WAITING);
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aDraftSiakNoLongerKnowsIsSentAgainWithTheSameKey() {
        SiakSubmission s = fresh();
        String key = s.idempotencyKey();
        s.accepted("KLH-00000004", T0);
        s.draftUnknown("404 Draft KLH-00000004 tidak ditemukan.", T0.plusSeconds(2));
        assertThat(s.status()).isEqualTo(SubmissionStatus.WAITING);
        assertThat(s.draftId()).isEmpty();
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(s.idempotencyKey()).isEqualTo(key);
        s.accepted("KLH-00000009", T0.plusSeconds(3));
        assertThat(s.draftId()).contains("KLH-00000009");
    }
}
