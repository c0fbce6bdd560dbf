package id.lintas.domain.model.person;

import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.lintas.domain.model.office.OfficeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KkNumberTest {
    /** Blora (3316), district 01, issued 25-02-2015, serial 0003. */
    private static final String KK = "3316012502150003";

    @Test
    void acceptsAKkNumber() {
        KkNumber kk = new KkNumber(KK);
        assertThat(kk.value()).isEqualTo(KK);
        assertThat(kk.officeCode()).isEqualTo(new OfficeCode("3316"));
        assertThat(kk).isEqualTo(new KkNumber(KK)).hasSameHashCodeAs(new KkNumber(KK))
                .isNotEqualTo(new KkNumber("3316012502150004")).hasToString(KK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3316012902000001", "3316012902240001", "3316013112990001", "9601010101000001"})
    void acceptsValidIssueDates(String value) {
        assertThatCode(() -> new KkNumber(value)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3316 0125 0215 0003", "3316.0125.0215.0003", "3316-0125-0215-0003"})
    void ofNormalisesWhatAPersonTypes(String typed) {
        assertThat(KkNumber.of(typed)).isEqualTo(new KkNumber(KK));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesAMissingNumber(String value) {
        assertRefused(() -> new KkNumber(value), "kk.required");
        assertRefused(() -> KkNumber.of(value), "kk.required");
    }

    @ParameterizedTest
    @CsvSource({
        "331601250215000, kk.length",
        "33160125021500031, kk.length",
        "33160125021500O3, kk.notDigits",
        "1016012502150003, kk.province.invalid",
        "9716012502150003, kk.province.invalid",
        "3300012502150003, kk.regency.invalid",
        "3316002502150003, kk.district.invalid",
        "3316012502150000, kk.serial.invalid",
        "3316016502150003, kk.issueDate.invalid", // no +40 on a KK: day 65
        "3316013202150003, kk.issueDate.invalid", // day 32
        "3316011513150003, kk.issueDate.invalid", // month 13
        "3316013102150003, kk.issueDate.invalid", // 31 February
        "3316012902230003, kk.issueDate.invalid"}) // 29 February 2023
    void refusesWhatIsNotAKkNumber(String value, String key) {
        assertRefused(() -> new KkNumber(value), key);
    }
}
