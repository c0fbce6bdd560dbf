package id.lintas.domain.model.servicecase;

import id.lintas.domain.model.calendar.WorkingCalendar;
import id.lintas.domain.model.sop.TimeStandard;
import java.time.Duration;
import java.time.Instant;

/**
 * When something started at a moment is due by a time standard: minutes and hours count office
 * hours only, working days end at closing time of the nth working day, "same day" at closing
 * time, and an open standard (e.g. travel "menyesuaikan jarak tempuh") has no due time.
 */
final class DueTimes {
    private DueTimes() {
    }

    /** @param times how many times the standard applies (items of a per-item time), at least 1 */
    static Instant due(TimeStandard standard, Instant start, WorkingCalendar calendar, int times) {
        int n = Math.max(1, times);
        return switch (standard.unit()) {
            case MINUTES, HOURS -> calendar.deadlineInWorkingTime(start,
                    standard.duration().orElseThrow().multipliedBy(standard.isPerItem() ? n : 1));
            case WORKING_DAYS -> calendar.deadlineInWorkingDays(start, standard.amount());
            case SAME_DAY -> calendar.endOfWorkingDay(start);
            case OPEN -> null;
        };
    }

    /**
     * When a whole service is due. A promise in hours ("paling lama 24 jam", LANDA MEWA) runs round
     * the clock, as the public reads it; other units count like step standards.
     */
    static Instant serviceDue(TimeStandard standard, Instant start, WorkingCalendar calendar) {
        if (standard.unit() == TimeStandard.Unit.HOURS) {
            return start.plus(standard.duration().orElseThrow());
        }
        return due(standard, start, calendar, 1);
    }

    /** The working time between two moments (how long a step really took, in office hours). */
    static Duration worked(Instant from, Instant to, WorkingCalendar calendar) {
        return calendar.elapsedWorkingTime(from, to);
    }
}
