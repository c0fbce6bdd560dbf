package id.lintas.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.shared.BusinessException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private final WorkingCalendar wib = WorkingCalendar.indonesia(OfficeHours.standard(OfficeHours.WIB));

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static Instant wib(String localDateTime) {
        return at(localDateTime, OfficeHours.WIB);
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(wib.isWorkingDay(LocalDate.of(2026, 2, 6))).isTrue();   // Friday
        assertThat(wib.isWorkingDay(LocalDate.of(2026, 2, 7))).isFalse();  // Saturday
        assertThat(wib.isWorkingDay(LocalDate.of(2026, 2, 8))).isFalse();  // Sunday
        // Wednesday 4 Feb 2026 + 3: Thu 5 (1), Fri 6 (2), Mon 9 (3)
        assertThat(wib.plusWorkingDays(LocalDate.of(2026, 2, 4), 3)).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(wib.plusWorkingDays(LocalDate.of(2026, 2, 4), 0)).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(wib.workingDaysBetween(LocalDate.of(2026, 2, 4), LocalDate.of(2026, 2, 9))).isEqualTo(3);
    }

    @Test
    void fourteenWorkingDaysFromFriday20March2026SkipIdulFitriAndGoodFriday() {
        // 20 Mar is itself cuti bersama; 21-22 Idul Fitri 1447 H (weekend); 23, 24 Mar cuti bersama.
        // Mar 25 (1), 26 (2), 27 (3), 30 (4), 31 (5), Apr 1 (6), 2 (7), [3 Apr Good Friday], 6 (8), 7 (9),
        // 8 (10), 9 (11), 10 (12), 13 (13), 14 (14).
        LocalDate start = LocalDate.of(2026, 3, 20);
        assertThat(wib.plusWorkingDays(start, 14)).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(wib.workingDaysBetween(start, LocalDate.of(2026, 4, 14))).isEqualTo(14);
        assertThat(wib.workingDaysBetween(LocalDate.of(2026, 4, 14), start)).isEqualTo(-14);
        assertThat(wib.isWorkingDay(start)).isFalse();
    }

    @Test
    void siJaranIjoFourteenWorkingDaysAcrossNyepiAndLebaran() {
        // File complete Monday 2 Mar 2026 10:00. Mar 3 (1), 4 (2), 5 (3), 6 (4), 9 (5), 10 (6), 11 (7), 12 (8),
        // 13 (9), 16 (10), 17 (11), [18 cuti bersama, 19 Nyepi, 20 cuti bersama, 23-24 cuti bersama],
        // 25 (12), 26 (13), 27 (14): Friday, so closing time is 16:30.
        assertThat(wib.deadlineInWorkingDays(wib("2026-03-02T10:00"), 14)).isEqualTo(wib("2026-03-27T16:30"));
    }

    @Test
    void aCaseReceivedAfterClosingCountsFromTheNextWorkingDay() {
        // Monday 12 Jan 2026 17:00 is after hours: received Tuesday 13, one working day later is Wednesday 14.
        assertThat(wib.deadlineInWorkingDays(wib("2026-01-12T17:00"), 1)).isEqualTo(wib("2026-01-14T16:00"));
        assertThat(wib.deadlineInWorkingDays(wib("2026-01-12T15:59"), 1)).isEqualTo(wib("2026-01-13T16:00"));
    }

    @Test
    void threeHourStepStartedFriday1500EndsMondayMorning() {
        // Friday 9 Jan 2026 15:00-16:30 gives 1 h 30; the other 1 h 30 runs from Monday 12 Jan 08:00 to 09:30.
        // (10:30 would need a Friday closing at 15:30: see the next test.)
        assertThat(wib.plusWorkingTime(wib("2026-01-09T15:00"), Duration.ofHours(3))).isEqualTo(wib("2026-01-12T09:30"));
        assertThat(wib.deadlineInWorkingTime(wib("2026-01-09T15:00"), Duration.ofHours(3))).isEqualTo(wib("2026-01-12T09:30"));
    }

    @Test
    void followsTheHoursOfEachDay() {
        WorkingCalendar shortFriday = WorkingCalendar.indonesia(
                OfficeHours.standard().with(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(15, 30)));
        // 15:00-15:30 on Friday (30 min), then Monday 08:00 + 2 h 30.
        assertThat(shortFriday.plusWorkingTime(wib("2026-01-09T15:00"), Duration.ofHours(3))).isEqualTo(wib("2026-01-12T10:30"));
    }

    @Test
    void workingTimeSkipsHolidaysToo() {
        // Friday 13 Feb 2026 15:00: 1 h 30 that day; Mon 16 Feb cuti bersama, Tue 17 Feb Imlek; Wed 18 Feb 08:00 + 1 h 30.
        assertThat(wib.plusWorkingTime(wib("2026-02-13T15:00"), Duration.ofHours(3))).isEqualTo(wib("2026-02-18T09:30"));
    }

    @Test
    void aStartOutsideHoursBeginsAtTheNextOpening() {
        assertThat(wib.plusWorkingTime(wib("2026-01-12T06:00"), Duration.ofHours(2))).isEqualTo(wib("2026-01-12T10:00"));
        assertThat(wib.plusWorkingTime(wib("2026-01-12T17:00"), Duration.ofHours(2))).isEqualTo(wib("2026-01-13T10:00"));
        assertThat(wib.plusWorkingTime(wib("2026-01-10T11:00"), Duration.ofMinutes(30))).isEqualTo(wib("2026-01-12T08:30"));
        // A step that uses the whole day ends at closing time, not at the next opening.
        assertThat(wib.plusWorkingTime(wib("2026-01-12T08:00"), Duration.ofHours(8))).isEqualTo(wib("2026-01-12T16:00"));
    }

    @Test
    void sameDayServiceEndsAtClosingTime() {
        assertThat(wib.endOfWorkingDay(wib("2026-01-12T10:00"))).isEqualTo(wib("2026-01-12T16:00"));
        assertThat(wib.endOfWorkingDay(wib("2026-01-12T07:00"))).isEqualTo(wib("2026-01-12T16:00"));
        assertThat(wib.endOfWorkingDay(wib("2026-01-09T16:15"))).isEqualTo(wib("2026-01-09T16:30"));
        // At or after closing: the next working day. Friday 16 Jan 2026 is Isra Mikraj.
        assertThat(wib.endOfWorkingDay(wib("2026-01-15T16:00"))).isEqualTo(wib("2026-01-19T16:00"));
        assertThat(wib.deadlineInWorkingDays(wib("2026-01-12T10:00"), 0)).isEqualTo(wib("2026-01-12T16:00"));
    }

    @Test
    void christmasAndItsCutiBersama() {
        // 2025: Thu 25 Dec Christmas, Fri 26 Dec cuti bersama: the day after Wednesday 24 is Monday 29.
        assertThat(wib.isWorkingDay(LocalDate.of(2025, 12, 24))).isTrue();
        assertThat(wib.isWorkingDay(LocalDate.of(2025, 12, 25))).isFalse();
        assertThat(wib.isWorkingDay(LocalDate.of(2025, 12, 26))).isFalse();
        assertThat(wib.plusWorkingDays(LocalDate.of(2025, 12, 24), 1)).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(wib.endOfWorkingDay(wib("2025-12-24T16:30"))).isEqualTo(wib("2025-12-29T16:00"));
        // 2026: Thu 24 Dec cuti bersama, Fri 25 Dec Christmas: after Wednesday 23 comes Monday 28.
        assertThat(wib.plusWorkingDays(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        // Working days 22 Dec 2025 (excl.) to 2 Jan 2026 (incl.): 23, 24, 29, 30, 31 Dec, 2 Jan (1 Jan New Year).
        assertThat(wib.workingDaysBetween(LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 2))).isEqualTo(6);
    }

    @Test
    void refusesAYearNotInTheData() {
        assertThatThrownBy(() -> wib.isWorkingDay(LocalDate.of(2028, 3, 1)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("calendar.year.notCovered"));
        assertThatThrownBy(() -> wib.plusWorkingDays(LocalDate.of(2024, 12, 2), 1)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("2024");
        // Running past the end of the data is refused as well, not counted as all working days.
        assertThatThrownBy(() -> wib.plusWorkingDays(LocalDate.of(2027, 12, 20), 14))
                .isInstanceOf(BusinessException.class).hasMessageContaining("2028");
        assertThatThrownBy(() -> wib.elapsedWorkingTime(wib("2027-12-30T08:00"), wib("2028-01-03T12:00")))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> wib.plusWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("calendar.amount.negative"));
        assertThatThrownBy(() -> wib.plusWorkingTime(wib("2026-01-05T09:00"), Duration.ofMinutes(-5)))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void elapsedWorkingTimeOverAWeekend() {
        // Friday 9 Jan 2026 14:00-16:30 (2 h 30) + Monday 12 Jan 08:00-14:00 (6 h).
        assertThat(wib.elapsedWorkingTime(wib("2026-01-09T14:00"), wib("2026-01-12T14:00"))).isEqualTo(Duration.ofMinutes(510));
        // The inverse of plusWorkingTime.
        assertThat(wib.elapsedWorkingTime(wib("2026-01-09T15:00"), wib("2026-01-12T09:30"))).isEqualTo(Duration.ofHours(3));
        // Nothing counts outside hours, and a reversed interval is negative.
        assertThat(wib.elapsedWorkingTime(wib("2026-01-09T17:00"), wib("2026-01-12T07:59"))).isZero();
        assertThat(wib.elapsedWorkingTime(wib("2026-01-12T09:00"), wib("2026-01-12T08:00"))).isEqualTo(Duration.ofHours(-1));
        // Over Idul Fitri 2026: Tue 17 Mar 15:00-16:00 (1 h), 18 Mar to 24 Mar closed, Wed 25 Mar 08:00-09:00 (1 h).
        assertThat(wib.elapsedWorkingTime(wib("2026-03-17T15:00"), wib("2026-03-25T09:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void witaOfficeKeepsItsOwnLocalHours() {
        WorkingCalendar wita = WorkingCalendar.indonesia(OfficeHours.standard(OfficeHours.WITA));
        Instant fridayWita = at("2026-01-09T15:00", OfficeHours.WITA);
        Instant end = wita.plusWorkingTime(fridayWita, Duration.ofHours(3));
        assertThat(end).isEqualTo(at("2026-01-12T09:30", OfficeHours.WITA)).isEqualTo(Instant.parse("2026-01-12T01:30:00Z"));
        // One hour earlier on the clock of the world than the same step in a WIB office.
        assertThat(Duration.between(end, wib.plusWorkingTime(wib("2026-01-09T15:00"), Duration.ofHours(3)))).isEqualTo(Duration.ofHours(1));
        // 16:15 WITA is 15:15 WIB: the WITA office is closed on Thursday, the WIB office still open.
        Instant thursday = at("2026-01-08T16:15", OfficeHours.WITA);
        assertThat(wita.endOfWorkingDay(thursday)).isEqualTo(at("2026-01-09T16:30", OfficeHours.WITA));
        assertThat(wib.endOfWorkingDay(thursday)).isEqualTo(wib("2026-01-08T16:00"));
        assertThat(wita.elapsedWorkingTime(at("2026-01-09T14:00", OfficeHours.WITA), at("2026-01-12T14:00", OfficeHours.WITA)))
                .isEqualTo(Duration.ofMinutes(510));
    }
}
