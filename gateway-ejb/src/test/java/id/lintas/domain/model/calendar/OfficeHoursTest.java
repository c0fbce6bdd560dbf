package id.lintas.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.shared.BusinessException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfficeHoursTest {
    @Test
    void standardIsMondayToThursdayUntil1600AndFridayUntil1630() {
        OfficeHours h = OfficeHours.standard();
        assertThat(h.zone()).isEqualTo(OfficeHours.WIB);
        assertThat(h.on(DayOfWeek.MONDAY)).contains(new OfficeHours.Span(LocalTime.of(8, 0), LocalTime.of(16, 0)));
        assertThat(h.on(DayOfWeek.THURSDAY)).contains(new OfficeHours.Span(LocalTime.of(8, 0), LocalTime.of(16, 0)));
        assertThat(h.on(DayOfWeek.FRIDAY)).contains(new OfficeHours.Span(LocalTime.of(8, 0), LocalTime.of(16, 30)));
        assertThat(h.isOpenOn(DayOfWeek.SATURDAY)).isFalse();
        assertThat(h.on(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void isAnImmutableValue() {
        OfficeHours h = OfficeHours.standard(OfficeHours.WITA);
        OfficeHours saturday = h.with(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 0));
        assertThat(h.isOpenOn(DayOfWeek.SATURDAY)).isFalse();
        assertThat(saturday.isOpenOn(DayOfWeek.SATURDAY)).isTrue();
        assertThat(saturday.closedOn(DayOfWeek.SATURDAY)).isEqualTo(h).hasSameHashCodeAs(h);
        assertThat(h.inZone(OfficeHours.WIT)).isNotEqualTo(h).returns(OfficeHours.WIT, OfficeHours::zone);
        assertThat(OfficeHours.standard(OfficeHours.WITA)).isEqualTo(h);
    }

    @Test
    void refusesClosingBeforeOpening() {
        assertThatThrownBy(() -> OfficeHours.standard().with(DayOfWeek.MONDAY, LocalTime.of(16, 0), LocalTime.of(8, 0)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("calendar.officeHours.invalid"))
                .hasMessageContaining("16:00").hasMessageContaining("tidak sah").hasMessageContaining("not valid");
    }

    @Test
    void refusesAWeekWithoutOpenDays() {
        assertThatThrownBy(() -> new OfficeHours(OfficeHours.WIB, Map.of()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("calendar.officeHours.empty"));
    }
}
