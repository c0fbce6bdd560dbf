package id.lintas.domain.model.calendar;

import id.lintas.domain.shared.BusinessException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Working days (hari kerja) and working time of one office: the days its {@link OfficeHours} are open,
 * less national holidays and cuti bersama, and within those days only the hours between opening and
 * closing. Used to set the deadline of a step from its time standard and to measure it afterwards.
 * Every computation that touches a year the {@link HolidayCalendar} does not cover is refused with
 * {@code calendar.year.notCovered}. Instants are read and returned in the office's zone.
 */
public final class WorkingCalendar {
    private final HolidayCalendar holidays;
    private final OfficeHours hours;

    public WorkingCalendar(HolidayCalendar holidays, OfficeHours hours) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    /** The shipped Indonesian holidays with the given office hours. */
    public static WorkingCalendar indonesia(OfficeHours hours) {
        return new WorkingCalendar(HolidayCalendar.indonesia(), hours);
    }

    public HolidayCalendar holidays() {
        return holidays;
    }

    public OfficeHours hours() {
        return hours;
    }

    /** Whether the office is open on {@code date}: an open day of the week and no holiday or cuti bersama. */
    public boolean isWorkingDay(LocalDate date) {
        return hours.isOpenOn(date.getDayOfWeek()) && !holidays.isHoliday(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The date {@code n} working days after {@code start}; {@code start} itself is not counted, {@code n = 0} gives it back. */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        requireNotNegative(n);
        holidays.requireCovered(start);
        LocalDate d = start;
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /**
     * The number of working days after {@code a} up to and including {@code b}, so that
     * {@code workingDaysBetween(a, plusWorkingDays(a, n)) == n}; negative when {@code b} is before {@code a}.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return -workingDaysBetween(b, a);
        }
        holidays.requireCovered(a);
        int count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@code start} plus {@code d} of working time: the clock only runs inside office hours on working days.
     * A start outside office hours begins at the next opening. A step that ends exactly at closing time
     * ends that day, not at the next opening.
     */
    public Instant plusWorkingTime(Instant start, Duration d) {
        requireNotNegative(d);
        LocalDateTime cursor = nextOpenMoment(local(start));
        Duration left = d;
        while (true) {
            LocalDateTime close = cursor.toLocalDate().atTime(span(cursor.toLocalDate()).close());
            Duration today = Duration.between(cursor, close);
            if (left.compareTo(today) <= 0) {
                return instant(cursor.plus(left));
            }
            left = left.minus(today);
            LocalDate next = nextWorkingDay(cursor.toLocalDate());
            cursor = next.atTime(span(next).open());
        }
    }

    /**
     * The closing time of the working day a case started on ("same day" service); a case started at or
     * after closing time, or on a day off, is due at the closing time of the next working day.
     */
    public Instant endOfWorkingDay(Instant start) {
        LocalDate day = receivedOn(start);
        return instant(day.atTime(span(day).close()));
    }

    /** Deadline of a standard in minutes or hours: the same as {@link #plusWorkingTime}. */
    public Instant deadlineInWorkingTime(Instant start, Duration workingTime) {
        return plusWorkingTime(start, workingTime);
    }

    /**
     * Deadline of a standard in working days: closing time on the {@code n}-th working day after the day the
     * case was received. A case received after closing time or on a day off counts as received on the next
     * working day (as it is registered then); {@code n = 0} is the same as {@link #endOfWorkingDay}.
     */
    public Instant deadlineInWorkingDays(Instant start, int n) {
        requireNotNegative(n);
        LocalDate due = plusWorkingDays(receivedOn(start), n);
        return instant(due.atTime(span(due).close()));
    }

    /** The office time between two instants, counting only office hours on working days; negative if {@code to} is before {@code from}. */
    public Duration elapsedWorkingTime(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return elapsedWorkingTime(to, from).negated();
        }
        LocalDateTime a = local(from);
        LocalDateTime b = local(to);
        holidays.requireCovered(a.toLocalDate());
        Duration total = Duration.ZERO;
        for (LocalDate d = a.toLocalDate(); !d.isAfter(b.toLocalDate()); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                continue;
            }
            OfficeHours.Span s = span(d);
            LocalDateTime open = max(d.atTime(s.open()), a);
            LocalDateTime close = min(d.atTime(s.close()), b);
            if (open.isBefore(close)) {
                total = total.plus(Duration.between(open, close));
            }
        }
        return total;
    }

    /** The working day a case arriving at {@code start} is handled on. */
    private LocalDate receivedOn(Instant start) {
        LocalDateTime t = local(start);
        LocalDate day = t.toLocalDate();
        if (isWorkingDay(day) && t.toLocalTime().isBefore(span(day).close())) {
            return day;
        }
        return nextWorkingDay(day);
    }

    /** {@code t} itself when the office is open then, otherwise the next opening. */
    private LocalDateTime nextOpenMoment(LocalDateTime t) {
        LocalDate day = t.toLocalDate();
        if (isWorkingDay(day)) {
            OfficeHours.Span s = span(day);
            if (t.toLocalTime().isBefore(s.open())) {
                return day.atTime(s.open());
            }
            if (t.toLocalTime().isBefore(s.close())) {
                return t;
            }
        }
        LocalDate next = nextWorkingDay(day);
        return next.atTime(span(next).open());
    }

    private OfficeHours.Span span(LocalDate workingDay) {
        return hours.on(workingDay.getDayOfWeek()).orElseThrow();
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, hours.zone());
    }

    private Instant instant(LocalDateTime local) {
        return ZonedDateTime.of(local, hours.zone()).toInstant();
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new BusinessException("calendar.amount.negative", String.valueOf(n));
        }
    }

    private static void requireNotNegative(Duration d) {
        if (d.isNegative()) {
            throw new BusinessException("calendar.amount.negative", d.toString());
        }
    }
}
