package id.lintas.infrastructure.calendar;

import id.lintas.domain.model.calendar.HolidayCalendar;
import id.lintas.domain.model.calendar.OfficeHours;
import id.lintas.domain.model.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The working calendar of an office: Indonesian holidays and standard office hours in its time zone. */
@ApplicationScoped
public class OfficeCalendars {
    private final Map<ZoneId, WorkingCalendar> byZone = new ConcurrentHashMap<>();

    public WorkingCalendar in(ZoneId zone) {
        return byZone.computeIfAbsent(zone, z -> new WorkingCalendar(HolidayCalendar.indonesia(), OfficeHours.standard(z)));
    }
}
