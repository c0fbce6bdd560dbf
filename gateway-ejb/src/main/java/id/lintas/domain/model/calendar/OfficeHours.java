package id.lintas.domain.model.calendar;

import id.lintas.domain.shared.BusinessException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The service hours of an office: for each day of the week it is open, one opening and one closing
 * time, in the office's time zone (WIB, WITA or WIT). Days without hours are closed. Immutable.
 * {@link #standard(ZoneId)} gives the usual civil-service week: Monday to Thursday 08:00-16:00,
 * Friday 08:00-16:30; a regent's regulation may set others.
 */
public final class OfficeHours implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Waktu Indonesia Barat: Sumatra, Java, West and Central Kalimantan. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** Waktu Indonesia Tengah: Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi. */
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** Waktu Indonesia Timur: Maluku and Papua. */
    public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    /** The hours of one day: open from {@code open} (inclusive) to {@code close} (exclusive). */
    public record Span(LocalTime open, LocalTime close) implements Serializable {
        public Span {
            if (open == null || close == null || !open.isBefore(close)) {
                throw new BusinessException("calendar.officeHours.invalid", String.valueOf(open), String.valueOf(close));
            }
        }
    }

    private final ZoneId zone;
    private final EnumMap<DayOfWeek, Span> days;

    public OfficeHours(ZoneId zone, Map<DayOfWeek, Span> days) {
        this.zone = Objects.requireNonNull(zone, "zone");
        if (days == null || days.isEmpty()) {
            throw new BusinessException("calendar.officeHours.empty");
        }
        this.days = new EnumMap<>(days);
        this.days.values().forEach(Objects::requireNonNull);
    }

    /** Monday-Thursday 08:00-16:00 and Friday 08:00-16:30 in the given zone. */
    public static OfficeHours standard(ZoneId zone) {
        Map<DayOfWeek, Span> week = new EnumMap<>(DayOfWeek.class);
        Span day = new Span(LocalTime.of(8, 0), LocalTime.of(16, 0));
        for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY}) {
            week.put(d, day);
        }
        week.put(DayOfWeek.FRIDAY, new Span(LocalTime.of(8, 0), LocalTime.of(16, 30)));
        return new OfficeHours(zone, week);
    }

    /** The standard hours in WIB (Asia/Jakarta). */
    public static OfficeHours standard() {
        return standard(WIB);
    }

    /** A copy with other hours on {@code day}. */
    public OfficeHours with(DayOfWeek day, LocalTime open, LocalTime close) {
        Map<DayOfWeek, Span> copy = new EnumMap<>(days);
        copy.put(day, new Span(open, close));
        return new OfficeHours(zone, copy);
    }

    /** A copy closed on {@code day}. */
    public OfficeHours closedOn(DayOfWeek day) {
        Map<DayOfWeek, Span> copy = new EnumMap<>(days);
        copy.remove(day);
        return new OfficeHours(zone, copy);
    }

    /** The same hours in another zone (local times are kept). */
    public OfficeHours inZone(ZoneId other) {
        return new OfficeHours(other, days);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The hours of {@code day}, empty when the office is closed that day of the week. */
    public Optional<Span> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    public boolean isOpenOn(DayOfWeek day) {
        return days.containsKey(day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficeHours other && other.zone.equals(zone) && other.days.equals(days);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, days);
    }

    @Override
    public String toString() {
        return days + " " + zone;
    }
}
