package id.lintas.domain.model.document;

import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.office.OfficeCode;
import id.lintas.domain.shared.BusinessException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeedNumberTest {
    private static final OfficeCode BLORA = new OfficeCode("3316");
    /** Blora, birth registered on time on 17-01-2022, serial 0001. */
    private static final String BIRTH = "3316-LU-17012022-0001";

    @Test
    void readsTheNumberSiakPrints() {
        DeedNumber number = DeedNumber.of(BIRTH);
        assertThat(number.officeCode()).isEqualTo(BLORA);
        assertThat(number.deed()).isEqualTo(CivilRegistryDeed.BIRTH);
        assertThat(number.registeredOn()).isEqualTo(LocalDate.of(2022, 1, 17));
        assertThat(number.serial()).isEqualTo(1);
        assertThat(number.value()).isEqualTo(BIRTH);
    }

    @ParameterizedTest
    @CsvSource({
        "3316-LU-17012022-0001, BIRTH, 3316, 2022-01-17, 1",
        "3578-LT-12052015-0123, LATE_BIRTH, 3578, 2015-05-12, 123",
        "3214-KM-20102023-0001, DEATH, 3214, 2023-10-20, 1",
        "5171-KW-01022019-0456, MARRIAGE, 5171, 2019-02-01, 456",
        "1271-CR-31122020-9999, DIVORCE, 1271, 2020-12-31, 9999",
        "6311-PA-05062023-0007, CHILD_RECOGNITION, 6311, 2023-06-05, 7",
        "3505-PS-30092024-0010, CHILD_LEGITIMATION, 3505, 2024-09-30, 10"})
    void readsEachKindOfDeed(String value, CivilRegistryDeed deed, String office, LocalDate date, int serial) {
        DeedNumber number = DeedNumber.of(value);
        assertThat(number.deed()).isEqualTo(deed);
        assertThat(number.officeCode()).isEqualTo(new OfficeCode(office));
        assertThat(number.registeredOn()).isEqualTo(date);
        assertThat(number.serial()).isEqualTo(serial);
        assertThat(number.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"  3316-LU-17012022-0001 ", "3316-lu-17012022-0001", "\t3316-Lu-17012022-0001\n"})
    void ofAcceptsSurroundingBlanksAndALowerCaseCode(String typed) {
        assertThat(DeedNumber.of(typed)).isEqualTo(DeedNumber.of(BIRTH)).hasToString(BIRTH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesAMissingNumber(String typed) {
        assertRefused(() -> DeedNumber.of(typed), "deed.number.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3316LU170120220001", "3316-LU-17012022", "3316-LU-17012022-0001-1",
        "3316 LU 17012022 0001", "3316/LU/17012022/0001", "3316\u2013LU\u201317012022\u20130001"})
    void refusesAnotherLayout(String typed) {
        assertThat(assertRefused(() -> DeedNumber.of(typed), "deed.number.format").args()).containsExactly(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0016", "1016", "9716", "3300", "331", "33166", "33a6", "", "３３16"})
    void refusesABadRegency(String regency) {
        assertThat(assertRefused(() -> DeedNumber.of(regency + "-LU-17012022-0001"), "deed.regency.invalid").args())
                .containsExactly(regency);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "L", "LUX", ""})
    void refusesAnUnknownCode(String code) {
        assertThat(assertRefused(() -> DeedNumber.of("3316-" + code + "-17012022-0001"), "deed.code.unknown").args())
                .containsExactly(code, "LU, LT, KM, KW, CR, PA, PS");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "29022023", // 29 February 2023
        "29021900", // 1900 was not a leap year
        "31042022", // 31 April
        "32012022", // day 32
        "00012022", // day 0
        "17132022", // month 13
        "17002022", // month 0
        "1701202", "170120222", "170122", "17O12022", ""})
    void refusesAnImpossibleDate(String date) {
        assertThat(assertRefused(() -> DeedNumber.of("3316-LU-" + date + "-0001"), "deed.date.invalid").args())
                .containsExactly(date);
    }

    @ParameterizedTest
    @CsvSource({"29022024, 2024-02-29", "29022000, 2000-02-29", "01012000, 2000-01-01", "31122099, 2099-12-31"})
    void acceptsRealDates(String date, LocalDate expected) {
        assertThat(DeedNumber.of("3316-LU-" + date + "-0001").registeredOn()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000", "000", "00001", "1", "12a4", "", "+001"})
    void refusesABadSerial(String serial) {
        assertThat(assertRefused(() -> DeedNumber.of("3316-LU-17012022-" + serial), "deed.serial.invalid").args())
                .containsExactly(serial);
    }

    @Test
    void namesTheFirstWrongPart() {
        assertRefused(() -> DeedNumber.of("3300-XX-32132022-0000"), "deed.regency.invalid");
        assertRefused(() -> DeedNumber.of("3316-XX-32132022-0000"), "deed.code.unknown");
        assertRefused(() -> DeedNumber.of("3316-LU-32132022-0000"), "deed.date.invalid");
    }

    @Test
    void explainsTheWrongPartInBothLanguages() {
        BusinessException e = assertRefused(() -> DeedNumber.of("3316-LU-29022023-0001"), "deed.date.invalid");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("The registration date in the deed number (part 3, DDMMYYYY)"
                + " is not valid: \"29022023\" is not a real date.");
        assertThat(e.message(BusinessException.INDONESIAN)).isEqualTo("Tanggal pencatatan pada nomor akta (bagian ke-3,"
                + " DDMMYYYY) tidak sah: \"29022023\" bukan tanggal yang ada.");
    }

    @Test
    void issuesANumber() {
        DeedNumber number = DeedNumber.issue(BLORA, CivilRegistryDeed.DEATH, LocalDate.of(2024, 3, 5), 42);
        assertThat(number.value()).isEqualTo("3316-KM-05032024-0042");
        assertThat(number.officeCode()).isEqualTo(BLORA);
        assertThat(number.deed()).isEqualTo(CivilRegistryDeed.DEATH);
        assertThat(number.registeredOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(number.serial()).isEqualTo(42);
    }

    @ParameterizedTest
    @EnumSource(CivilRegistryDeed.class)
    void roundTripsFromIssueThroughValueToOf(CivilRegistryDeed deed) {
        for (int serial : new int[] {1, 10, 999, 9999}) {
            DeedNumber issued = DeedNumber.issue(BLORA, deed, LocalDate.of(2024, 2, 29), serial);
            DeedNumber read = DeedNumber.of(issued.value());
            assertThat(read).isEqualTo(issued).hasSameHashCodeAs(issued).hasToString(issued.value());
            assertThat(read.officeCode()).isEqualTo(BLORA);
            assertThat(read.deed()).isEqualTo(deed);
            assertThat(read.registeredOn()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(read.serial()).isEqualTo(serial);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10000})
    void refusesToIssueASerialOutOfRange(int serial) {
        LocalDate date = LocalDate.of(2022, 1, 17);
        assertThat(assertRefused(() -> DeedNumber.issue(BLORA, CivilRegistryDeed.BIRTH, date, serial),
                "deed.serial.invalid").args()).containsExactly(String.valueOf(serial));
    }

    @Test
    void refusesToIssueADateThatDoesNotFitFourDigits() {
        assertRefused(() -> DeedNumber.issue(BLORA, CivilRegistryDeed.BIRTH, LocalDate.of(10000, 1, 1), 1),
                "deed.date.invalid");
    }

    @Test
    void refusesToIssueWithoutItsParts() {
        LocalDate date = LocalDate.of(2022, 1, 17);
        assertThatThrownBy(() -> DeedNumber.issue(null, CivilRegistryDeed.BIRTH, date, 1))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DeedNumber.issue(BLORA, null, date, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DeedNumber.issue(BLORA, CivilRegistryDeed.BIRTH, null, 1))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalsHashCodeAndToStringByValue() {
        DeedNumber number = DeedNumber.of(BIRTH);
        assertThat(number)
                .isEqualTo(DeedNumber.issue(BLORA, CivilRegistryDeed.BIRTH, LocalDate.of(2022, 1, 17), 1))
                .hasSameHashCodeAs(DeedNumber.of(BIRTH)).hasToString(BIRTH)
                .isNotEqualTo(DeedNumber.of("3316-LU-17012022-0002"))
                .isNotEqualTo(DeedNumber.of("3316-LT-17012022-0001"))
                .isNotEqualTo(DeedNumber.of("3317-LU-17012022-0001"))
                .isNotEqualTo(DeedNumber.of("3316-LU-18012022-0001"))
                .isNotEqualTo(BIRTH);
    }
}
