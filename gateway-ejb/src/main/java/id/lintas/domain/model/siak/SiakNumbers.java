package id.lintas.domain.model.siak;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What SIAK has numbered of one case's submissions: a step that awaits SIAK's numbers (SELINTAS's
 * KIA printing, which prints the child's NIK) may be completed only once they are {@link #issued()}.
 * That is when the case sent SIAK something and SIAK numbered every submission of it that still
 * counts; one an admin discarded from the dead letters no longer does, one waiting, accepted or dead
 * still holds the step.
 */
public final class SiakNumbers {
    private final boolean issued;
    private final Map<String, String> numbers;

    private SiakNumbers(boolean issued, Map<String, String> numbers) {
        this.issued = issued;
        this.numbers = numbers;
    }

    /** @param submissions all of one case's submissions, oldest first */
    public static SiakNumbers of(List<SiakSubmission> submissions) {
        List<SiakSubmission> counted = submissions.stream().filter(s -> s.status() != SubmissionStatus.DISCARDED).toList();
        boolean issued = !counted.isEmpty() && counted.stream().allMatch(s -> s.status() == SubmissionStatus.NUMBERED);
        Map<String, String> numbers = new LinkedHashMap<>();
        counted.forEach(s -> numbers.putAll(s.issuedNumbers()));
        return new SiakNumbers(issued, Collections.unmodifiableMap(numbers));
    }

    /** Whether SIAK has numbered everything the case sent it (and it sent something). */
    public boolean issued() {
        return issued;
    }

    /** What SIAK issued so far under its field names (NIK, NO_KK, NO_AKTA_LHR, NO_KIA), the later submission's last. */
    public Map<String, String> numbers() {
        return numbers;
    }
}
