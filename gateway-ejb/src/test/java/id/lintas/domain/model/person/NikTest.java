package id.lintas.domain.model.person;

import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.office.OfficeCode;
import id.lintas.domain.shared.BusinessException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    /** Blora (3316), district 01, male born 17-08-1990, serial 0001. */
    private static final String MALE = "3316011708900001";
    /** Same, female: day 57 = 17 + 40. */
    private static final String FEMALE = "3316015708900001";

    @Test
    void readsAMaleNik() {
        Nik nik = new Nik(MALE);
        assertThat(nik.value()).isEqualTo(MALE);
        assertThat(nik.regionCode()).isEqualTo("331601");
        assertThat(nik.officeCode()).isEqualTo(new OfficeCode("3316"));
        assertThat(nik.sex()).isEqualTo(Sex.MALE);
        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 8, 17));
    }

    @Test
    void readsAFemaleNik() {
        Nik nik = new Nik(FEMALE);
        assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 8, 17));
    }

    @Test
    void acceptsTheEdgesOfTheDayRanges() {
        assertThat(new Nik("3316010101900001").birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(new Nik("3316013101900001").sex()).isEqualTo(Sex.MALE);
        assertThat(new Nik("3316014101900001").sex()).isEqualTo(Sex.FEMALE);
        assertThat(new Nik("3316017101900001").birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 1, 31));
    }

    @Test
    void equalsHashCodeAndToStringByValue() {
        assertThat(new Nik(MALE)).isEqualTo(new Nik(MALE)).hasSameHashCodeAs(new Nik(MALE))
                .isNotEqualTo(new Nik(FEMALE)).hasToString(MALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3316 0157 0890 0001", "3316.0157.0890.0001", "3316-0157-0890-0001", " 331601-570890.0001 "})
    void ofNormalisesWhatAPersonTypes(String typed) {
        assertThat(Nik.of(typed)).isEqualTo(new Nik(FEMALE));
    }

    @Test
    void ofStillRefusesWhatIsNotANik() {
        assertRefused(() -> Nik.of("3316 0157 0890 000"), "nik.length");
        assertRefused(() -> Nik.of(null), "nik.required");
    }

    @Test
    void masksForPublicPages() {
        assertThat(new Nik(FEMALE).masked()).isEqualTo("3316**********01");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesAMissingNik(String value) {
        assertRefused(() -> new Nik(value), "nik.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"331601570890000", "33160157089000011", "3316"})
    void refusesAnythingButSixteenDigits(String value) {
        BusinessException e = assertRefused(() -> new Nik(value), "nik.length");
        assertThat(e.args()).containsExactly(value, String.valueOf(value.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"33160157089000O1", "3316 0157 0890 0001", "-316015708900001", "３３16015708900001"})
    void refusesNonDigits(String value) {
        assertRefused(() -> new Nik(value), "nik.notDigits");
    }

    @ParameterizedTest
    @CsvSource({
        "0016011708900001, nik.province.invalid, 00",
        "1016011708900001, nik.province.invalid, 10",
        "9716011708900001, nik.province.invalid, 97",
        "3300011708900001, nik.regency.invalid, 00",
        "3316001708900001, nik.district.invalid, 00",
        "3316011708900000, nik.serial.invalid, 0000"})
    void refusesABadRegionOrSerial(String value, String key, String part) {
        assertThat(assertRefused(() -> new Nik(value), key).args()).containsExactly(part);
    }

    @Test
    void acceptsTheProvinceRangeBounds() {
        assertThatCode(() -> new Nik("1101011708900001")).doesNotThrowAnyException();
        assertThatCode(() -> new Nik("9601011708900001")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "310299", // 31 February
        "320190", // day 32
        "400190", // day 40: neither a male nor a female day
        "000190", // day 0
        "720190", // female day 32
        "151390", // month 13
        "150090", // month 0
        "290223", // 29 February 2023 / 1923
        "690223"}) // same, female
    void refusesAnImpossibleBirthDate(String ddmmyy) {
        String value = "331601" + ddmmyy + "0001";
        assertThat(assertRefused(() -> new Nik(value), "nik.birthDate.invalid").args()).containsExactly(ddmmyy);
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInLeapYears() {
        assertThat(new Nik("3316012902000001").birthDate(TODAY)).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(new Nik("3316016902240001").birthDate(TODAY)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(new Nik("3316012902880001").birthDate(TODAY)).isEqualTo(LocalDate.of(1988, 2, 29));
    }

    @Test
    void resolvesTheCenturyToTheLatestNotInTheFuture() {
        assertThat(new Nik("3316010503240001").birthDate(TODAY)).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(new Nik("3316011708900001").birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 8, 17));
        // 10-12-26 is still to come in 2026, so the person was born in 1926
        assertThat(new Nik("3316011012260001").birthDate(TODAY)).isEqualTo(LocalDate.of(1926, 12, 10));
        // born today
        assertThat(new Nik("3316010106260001").birthDate(TODAY)).isEqualTo(TODAY);
    }

    @Test
    void refusesToResolveADateAfterTodayInBothCenturies() {
        // 29-02-00 exists only in 2000, which was still to come on 1 January 1999
        assertThatThrownBy(() -> new Nik("3316012902000001").birthDate(LocalDate.of(1999, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("2902000001");
    }

    @Test
    void isConsistentWithTheRecordedSexAndBirthDate() {
        assertThatCode(() -> new Nik(FEMALE).requireConsistentWith(Sex.FEMALE, LocalDate.of(1990, 8, 17)))
                .doesNotThrowAnyException();
        assertThatCode(() -> new Nik(MALE).requireConsistentWith(Sex.MALE, LocalDate.of(1990, 8, 17)))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAContradictingSex() {
        BusinessException e = assertRefused(
                () -> new Nik(FEMALE).requireConsistentWith(Sex.MALE, LocalDate.of(1990, 8, 17)), "nik.sex.mismatch");
        assertThat(e.message(Locale.ENGLISH))
                .isEqualTo("The sex in the NIK (female, digits 7-8 = 57) does not match the recorded sex (male)."
                        + " For women, 40 is added to the day of birth in the NIK.");
        assertThat(e.message(BusinessException.INDONESIAN)).contains("(perempuan, angka ke-7 dan ke-8 = 57)", "(laki-laki)");
        assertRefused(() -> new Nik(MALE).requireConsistentWith(Sex.FEMALE, LocalDate.of(1990, 8, 17)), "nik.sex.mismatch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1990-08-18", "1990-09-17", "1991-08-17", "1980-08-17"})
    void refusesAContradictingBirthDate(String recorded) {
        BusinessException e = assertRefused(
                () -> new Nik(FEMALE).requireConsistentWith(Sex.FEMALE, LocalDate.parse(recorded)), "nik.birthDate.mismatch");
        assertThat(e.args()[0]).isEqualTo("17-08-90");
    }

    @Test
    void showsBothDatesWhenTheyDoNotMatch() {
        BusinessException e = assertRefused(
                () -> new Nik(MALE).requireConsistentWith(Sex.MALE, LocalDate.of(1991, 8, 7)), "nik.birthDate.mismatch");
        assertThat(e.message(Locale.ENGLISH))
                .isEqualTo("The birth date in the NIK (17-08-90) does not match the recorded birth date (07-08-1991).");
    }
}
