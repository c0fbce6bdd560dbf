package id.lintas.infrastructure.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianTest {
    @ParameterizedTest
    @CsvSource({"2026-11-23, 'Senin, 23 November 2026'", "2026-11-24, 'Selasa, 24 November 2026'",
            "2026-01-07, 'Rabu, 7 Januari 2026'", "2026-02-05, 'Kamis, 5 Februari 2026'",
            "2026-05-01, 'Jumat, 1 Mei 2026'", "2026-08-15, 'Sabtu, 15 Agustus 2026'",
            "2026-08-16, 'Minggu, 16 Agustus 2026'", "2025-12-31, 'Rabu, 31 Desember 2025'"})
    void writesTheDayAndDateInIndonesian(LocalDate date, String expected) {
        assertThat(Indonesian.dayAndDate(date)).isEqualTo(expected);
        assertThat(Indonesian.date(date)).isEqualTo(expected.substring(expected.indexOf(", ") + 2));
    }

    /** By the offset: a time in Singapore (UTC+8) is the same clock time in WITA. */
    @ParameterizedTest
    @CsvSource({"Asia/Singapore, 07.05 WITA", "Asia/Jakarta, 07.05 WIB", "Asia/Pontianak, 07.05 WIB", "Asia/Makassar, 07.05 WITA",
            "Asia/Jayapura, 07.05 WIT"})
    void writesTheTimeWithItsIndonesianZone(ZoneId zone, String expected) {
        assertThat(Indonesian.time(ZonedDateTime.of(2026, 3, 2, 7, 5, 0, 0, zone))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"UTC", "Asia/Kolkata", "Australia/Sydney", "+07:30"})
    void refusesAnOffsetOtherThanIndonesiasThree(ZoneId zone) {
        ZonedDateTime time = ZonedDateTime.of(2026, 3, 2, 7, 5, 0, 0, zone);
        assertThatIllegalArgumentException().isThrownBy(() -> Indonesian.zone(time))
                .withMessageContaining("WIB UTC+7");
    }

    @ParameterizedTest
    @CsvSource({"950, 950 gram", "3200, 3.200 gram", "4015, 4.015 gram"})
    void groupsGramsWithDots(int grams, String expected) {
        assertThat(Indonesian.grams(grams)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"49.5, '49,5 cm'", "50.0, 50 cm", "48, 48 cm"})
    void writesCentimetresWithADecimalComma(BigDecimal centimetres, String expected) {
        assertThat(Indonesian.centimetres(centimetres)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0 (nol)", "1, 1 (satu)", "10, 10 (sepuluh)", "11, 11 (sebelas)", "12, 12 (dua belas)",
            "19, 19 (sembilan belas)", "20, 20 (dua puluh)", "21, 21 (dua puluh satu)",
            "99, 99 (sembilan puluh sembilan)", "100, 100"})
    void countsInWords(int number, String expected) {
        assertThat(Indonesian.counted(number)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"100, seratus", "111, seratus sebelas", "250, dua ratus lima puluh", "1000, seribu",
            "1945, seribu sembilan ratus empat puluh lima", "2026, dua ribu dua puluh enam", "9999,"
            + " sembilan ribu sembilan ratus sembilan puluh sembilan"})
    void spellsNumbersUpToThousands(int number, String expected) {
        assertThat(Indonesian.words(number)).isEqualTo(expected);
    }

    @Test
    void spellsDatesAndOrdinalsAsDeedsDo() {
        assertThat(Indonesian.dateInWords(LocalDate.of(2026, 11, 23)))
                .isEqualTo("dua puluh tiga November dua ribu dua puluh enam");
        assertThat(Indonesian.ordinal(1)).isEqualTo("kesatu");
        assertThat(Indonesian.ordinal(12)).isEqualTo("kedua belas");
        assertThat(Indonesian.numericDate(LocalDate.of(2026, 3, 2))).isEqualTo("02-03-2026");
    }
}
