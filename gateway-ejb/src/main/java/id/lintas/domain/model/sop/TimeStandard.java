package id.lintas.domain.model.sop;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The time a step may take (the <i>waktu</i> of its <i>mutu baku</i>), or the time promised for a
 * whole service. {@link Unit#OPEN} is a time the SOP leaves open, e.g. travel "menyesuaikan jarak
 * tempuh" (depending on the distance); {@link Unit#SAME_DAY} is "on the day". Both have no amount;
 * every other unit has a positive one.
 */
public final class TimeStandard implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Unit {
        MINUTES, HOURS,
        /** Hari kerja: Monday to Friday, minus national holidays. */
        WORKING_DAYS,
        SAME_DAY, OPEN;

        /** Whether a standard in this unit has an amount. */
        public boolean isMeasured() {
            return this == MINUTES || this == HOURS || this == WORKING_DAYS;
        }
    }

    private final Unit unit;
    private final int amount;
    private final String note;
    private final boolean perItem;

    private TimeStandard(Unit unit, int amount, String note, boolean perItem) {
        this.unit = Objects.requireNonNull(unit, "time unit");
        if (unit.isMeasured() && amount <= 0) {
            throw new IllegalArgumentException("a time in " + unit + " needs a positive amount, was " + amount);
        }
        if (!unit.isMeasured() && amount != 0) {
            throw new IllegalArgumentException("a time " + unit + " has no amount, was " + amount);
        }
        this.amount = amount;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.perItem = perItem;
    }

    /**
     * @param amount  required for measured units, {@code null} for OPEN and SAME_DAY
     * @param note    the SOP's words on the time, if any (Indonesian)
     * @param perItem whether the amount is for each item of a per-item step
     */
    public static TimeStandard of(Unit unit, Integer amount, String note, boolean perItem) {
        return new TimeStandard(unit, amount == null ? 0 : amount, note, perItem);
    }

    public static TimeStandard minutes(int amount) {
        return of(Unit.MINUTES, amount, null, false);
    }

    public static TimeStandard hours(int amount) {
        return of(Unit.HOURS, amount, null, false);
    }

    public static TimeStandard workingDays(int amount) {
        return of(Unit.WORKING_DAYS, amount, null, false);
    }

    public static TimeStandard sameDay() {
        return of(Unit.SAME_DAY, null, null, false);
    }

    public static TimeStandard open(String note) {
        return of(Unit.OPEN, null, note, false);
    }

    public Unit unit() {
        return unit;
    }

    /** The amount in {@link #unit()}; 0 for OPEN and SAME_DAY. */
    public int amount() {
        return amount;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** Whether the amount is for each item of a per-item step rather than for the whole step. */
    public boolean isPerItem() {
        return perItem;
    }

    public boolean isOpen() {
        return unit == Unit.OPEN;
    }

    /** The time as a clock duration, for MINUTES and HOURS; working days depend on the calendar. */
    public Optional<Duration> duration() {
        return switch (unit) {
            case MINUTES -> Optional.of(Duration.ofMinutes(amount));
            case HOURS -> Optional.of(Duration.ofHours(amount));
            default -> Optional.empty();
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeStandard other && other.unit == unit && other.amount == amount
                && Objects.equals(other.note, note) && other.perItem == perItem;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, amount, note, perItem);
    }

    @Override
    public String toString() {
        String text = unit.isMeasured() ? amount + " " + unit : unit.toString();
        return (perItem ? text + " per item" : text) + (note == null ? "" : " (" + note + ")");
    }
}
