package id.lintas.domain.model.siak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiakNumbersTest {
    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final Map<String, String> BIRTH = Map.of("NIK", "3316015711260001", "NO_KK", "3316010101260001",
            "NO_AKTA_LHR", "3316-LT-23112026-0001", "NO_KIA", "3316015711260001");

    private static SiakSubmission waiting() {
        return SiakSubmission.of(1, 10L, "3316-SELINTAS-2026-000001", SiakSubmission.Kind.BIRTH, "{\"JENIS\":\"KELAHIRAN\"}", T0);
    }

    private static SiakSubmission accepted() {
        SiakSubmission s = waiting();
        s.accepted("D1", T0);
        return s;
    }

    private static SiakSubmission numbered(Map<String, String> numbers) {
        SiakSubmission s = accepted();
        s.numbered(numbers, T0.plusSeconds(2));
        return s;
    }

    @Test
    void nothingSentIsNothingNumbered() {
        assertThat(SiakNumbers.of(List.of()).issued()).isFalse();
        assertThat(SiakNumbers.of(List.of()).numbers()).isEmpty();
    }

    @Test
    void issuedOnlyOnceSiakNumberedTheBirth() {
        assertThat(SiakNumbers.of(List.of(waiting())).issued()).as("waiting in the outbox (SIAK down)").isFalse();
        assertThat(SiakNumbers.of(List.of(accepted())).issued()).as("a draft not numbered yet").isFalse();
        SiakNumbers numbered = SiakNumbers.of(List.of(numbered(BIRTH)));
        assertThat(numbered.issued()).isTrue();
        assertThat(numbered.numbers()).containsAllEntriesOf(BIRTH);
    }

    @Test
    void aDeadSubmissionHoldsTheStepADiscardedOneNoLongerCounts() {
        SiakSubmission dead = waiting();
        dead.refused("422 NIK ibu tidak ditemukan", T0);
        assertThat(SiakNumbers.of(List.of(dead)).issued()).isFalse();
        assertThat(SiakNumbers.of(List.of(dead, numbered(BIRTH))).issued()).as("one still dead").isFalse();
        dead.discard(T0);
        assertThat(SiakNumbers.of(List.of(dead)).issued()).as("all discarded: nothing numbered").isFalse();
        assertThat(SiakNumbers.of(List.of(dead, numbered(BIRTH))).issued()).as("entered again and numbered").isTrue();
    }

    @Test
    void everySubmissionOfTheCaseMustBeNumberedAndTheLaterNumbersWin() {
        assertThat(SiakNumbers.of(List.of(numbered(BIRTH), accepted())).issued()).isFalse();
        SiakNumbers both = SiakNumbers.of(List.of(numbered(BIRTH), numbered(Map.of("NO_KK", "3316010101260002"))));
        assertThat(both.issued()).isTrue();
        assertThat(both.numbers()).containsEntry("NO_KK", "3316010101260002").containsEntry("NIK", "3316015711260001");
    }
}
