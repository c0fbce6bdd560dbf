package id.lintas.domain.model.calendar;

import id.lintas.domain.shared.BusinessException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Indonesia's national holidays and cuti bersama, read from a CSV file ({@code date,kind,name_id,name_en}).
 * It knows which years it covers: asking about a day of any other year is refused with
 * {@code calendar.year.notCovered} instead of silently answering "no holiday".
 */
public final class HolidayCalendar {
    /** The file shipped with the application; update it when the yearly SKB 3 Menteri appears. */
    public static final String DEFAULT_RESOURCE = "/calendar/id-holidays.csv";
    static final String HEADER = "date,kind,name_id,name_en";

    private final Map<LocalDate, Holiday> holidays;
    private final SortedSet<Integer> years;

    private HolidayCalendar(Map<LocalDate, Holiday> holidays) {
        this.holidays = Map.copyOf(holidays);
        TreeSet<Integer> covered = new TreeSet<>();
        holidays.keySet().forEach(d -> covered.add(d.getYear()));
        this.years = Collections.unmodifiableSortedSet(covered);
    }

    /** The shipped Indonesian calendar, loaded once. */
    public static HolidayCalendar indonesia() {
        return Shipped.INSTANCE;
    }

    /** A calendar of the given days off; the years covered are those of the holidays. */
    public static HolidayCalendar of(Collection<Holiday> holidays) {
        Map<LocalDate, Holiday> map = new TreeMap<>();
        for (Holiday h : holidays) {
            if (map.putIfAbsent(h.date(), h) != null) {
                throw new IllegalArgumentException("Two holidays on " + h.date());
            }
        }
        return new HolidayCalendar(map);
    }

    /** Loads a CSV file from the classpath. */
    public static HolidayCalendar fromResource(String resource) {
        InputStream in = HolidayCalendar.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Holiday calendar not found on the classpath: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the CSV format; a malformed line is a defect of the shipped data, reported with its number. */
    static HolidayCalendar parse(Reader reader, String source) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        Map<LocalDate, Holiday> map = new TreeMap<>();
        boolean header = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!text.equals(HEADER)) {
                    throw new IllegalStateException(source + ":" + number + ": expected header " + HEADER);
                }
                header = true;
                continue;
            }
            String[] f = text.split(",", -1);
            try {
                if (f.length != 4) {
                    throw new IllegalArgumentException("expected 4 fields, found " + f.length);
                }
                Holiday h = new Holiday(LocalDate.parse(f[0].strip()), Holiday.Kind.valueOf(f[1].strip()),
                        f[2].strip(), f[3].strip());
                if (map.putIfAbsent(h.date(), h) != null) {
                    throw new IllegalArgumentException("second row for " + h.date());
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalStateException(source + ":" + number + ": " + e.getMessage(), e);
            }
        }
        if (!header) {
            throw new IllegalStateException(source + ": no header " + HEADER);
        }
        return new HolidayCalendar(map);
    }

    /** Whether the data lists the days off of the year of {@code date}. */
    public boolean covers(LocalDate date) {
        return years.contains(date.getYear());
    }

    /** The years listed, in order. */
    public SortedSet<Integer> years() {
        return years;
    }

    /** Whether {@code date} is a national holiday or cuti bersama; refused for a year not covered. */
    public boolean isHoliday(LocalDate date) {
        return holiday(date).isPresent();
    }

    /** The holiday or cuti bersama on {@code date}, if any; refused for a year not covered. */
    public Optional<Holiday> holiday(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(holidays.get(date));
    }

    /** All days off of a covered year, in date order. */
    public Collection<Holiday> holidaysIn(int year) {
        requireCovered(LocalDate.of(year, 1, 1));
        return holidays.values().stream().filter(h -> h.date().getYear() == year)
                .sorted(Comparator.comparing(Holiday::date)).toList();
    }

    /** Throws {@code calendar.year.notCovered} unless the year of {@code date} is in the data. */
    public void requireCovered(LocalDate date) {
        if (!covers(date)) {
            String known = years.isEmpty() ? "-" : years.stream().map(String::valueOf).collect(Collectors.joining(", "));
            throw new BusinessException("calendar.year.notCovered", String.valueOf(date.getYear()), known);
        }
    }

    /** Covered years, for logs. */
    @Override
    public String toString() {
        return "HolidayCalendar" + years;
    }

    private static final class Shipped {
        static final HolidayCalendar INSTANCE = fromResource(DEFAULT_RESOURCE);
    }
}
