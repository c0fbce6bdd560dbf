package id.lintas.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.calendar.Holiday.Kind;
import id.lintas.domain.shared.BusinessException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {
    private final HolidayCalendar calendar = HolidayCalendar.indonesia();

    @Test
    void shippedDataCovers2025To2027() {
        assertThat(calendar.years()).containsExactly(2025, 2026, 2027);
        assertThat(calendar.covers(LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(calendar.covers(LocalDate.of(2028, 1, 1))).isFalse();
    }

    @Test
    void christmas2025IsAHolidayFollowedByCutiBersama() {
        assertThat(calendar.holiday(LocalDate.of(2025, 12, 25))).get()
                .returns(Kind.HOLIDAY, Holiday::kind)
                .returns("Kelahiran Yesus Kristus", Holiday::nameId)
                .returns("Christmas Day", Holiday::nameEn);
        assertThat(calendar.holiday(LocalDate.of(2025, 12, 26))).get().returns(Kind.CUTI_BERSAMA, Holiday::kind);
        assertThat(calendar.isHoliday(LocalDate.of(2025, 12, 24))).isFalse();
        assertThat(calendar.holiday(LocalDate.of(2025, 12, 24))).isEmpty();
    }

    @Test
    void idulFitri2025IsTwoHolidaysAndFourCutiBersama() {
        assertThat(calendar.holiday(LocalDate.of(2025, 3, 31))).get().returns(Kind.HOLIDAY, Holiday::kind);
        assertThat(calendar.holiday(LocalDate.of(2025, 4, 1))).get().returns(Kind.HOLIDAY, Holiday::kind);
        for (int day : new int[] {2, 3, 4, 7}) {
            assertThat(calendar.holiday(LocalDate.of(2025, 4, day))).get().returns(Kind.CUTI_BERSAMA, Holiday::kind);
        }
        assertThat(calendar.isHoliday(LocalDate.of(2025, 4, 8))).isFalse();
    }

    @Test
    void countsMatchTheDecrees() {
        // 2025: 17 holidays, 10 cuti bersama + 18 August added in August 2025; 2026: 17 holidays, 8 cuti bersama.
        assertThat(count(2025, Kind.HOLIDAY)).isEqualTo(17);
        assertThat(count(2025, Kind.CUTI_BERSAMA)).isEqualTo(11);
        assertThat(count(2026, Kind.HOLIDAY)).isEqualTo(17);
        assertThat(count(2026, Kind.CUTI_BERSAMA)).isEqualTo(8);
    }

    @Test
    void cutiBersamaNeverFallsOnAWeekend() {
        for (int year : calendar.years()) {
            assertThat(calendar.holidaysIn(year)).filteredOn(h -> h.kind() == Kind.CUTI_BERSAMA)
                    .allSatisfy(h -> assertThat(h.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
    }

    @Test
    void refusesAYearNotCovered() {
        assertThatThrownBy(() -> calendar.isHoliday(LocalDate.of(2028, 1, 1)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("calendar.year.notCovered"))
                .hasMessageContaining("2028").hasMessageContaining("2025, 2026, 2027")
                .hasMessageContaining("belum tersedia").hasMessageContaining("not available");
    }

    @Test
    void parsesCommentsAndBlankLines() throws Exception {
        HolidayCalendar c = HolidayCalendar.parse(new StringReader("""
                # a comment

                date,kind,name_id,name_en
                2030-01-01,HOLIDAY,Tahun Baru 2030 Masehi,New Year's Day
                """), "test");
        assertThat(c.years()).containsExactly(2030);
        assertThat(c.isHoliday(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(c.isHoliday(LocalDate.of(2030, 1, 2))).isFalse();
    }

    @Test
    void reportsTheBrokenLine() {
        assertThatThrownBy(() -> HolidayCalendar.parse(new StringReader("date,kind,name_id,name_en\n2030-01-01,LIBUR,a,b\n"), "x.csv"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("x.csv:2:");
        assertThatThrownBy(() -> HolidayCalendar.parse(new StringReader("""
                date,kind,name_id,name_en
                2030-01-01,HOLIDAY,a,b
                2030-01-01,CUTI_BERSAMA,c,d
                """), "x.csv")).hasMessageStartingWith("x.csv:3:");
        assertThatThrownBy(() -> HolidayCalendar.parse(new StringReader("date,name\n"), "x.csv"))
                .hasMessageContaining("header");
        assertThatThrownBy(() -> HolidayCalendar.parse(new StringReader("date,kind,name_id,name_en\n2030-02-30,HOLIDAY,a,b\n"), "x.csv"))
                .hasMessageStartingWith("x.csv:2:");
    }

    @Test
    void buildsFromAList() {
        HolidayCalendar c = HolidayCalendar.of(List.of(new Holiday(LocalDate.of(2031, 8, 17), Kind.HOLIDAY,
                "Proklamasi Kemerdekaan", "Independence Day")));
        assertThat(c.covers(LocalDate.of(2031, 12, 31))).isTrue();
        assertThat(c.holidaysIn(2031)).hasSize(1);
    }

    private long count(int year, Kind kind) {
        return calendar.holidaysIn(year).stream().filter(h -> h.kind() == kind).count();
    }
}
