package id.lintas.domain.model.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.sop.TimeStandard.Unit;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeStandardTest {
    @Test
    void minutesAndHoursAreClockDurations() {
        assertThat(TimeStandard.minutes(5).duration()).contains(Duration.ofMinutes(5));
        assertThat(TimeStandard.hours(3).duration()).contains(Duration.ofHours(3));
        assertThat(TimeStandard.workingDays(14).duration()).isEmpty();
        assertThat(TimeStandard.workingDays(14).amount()).isEqualTo(14);
    }

    @Test
    void anOpenTimeHasNoAmountButMayHaveANote() {
        TimeStandard travel = TimeStandard.open("menyesuaikan jarak tempuh");
        assertThat(travel.isOpen()).isTrue();
        assertThat(travel.amount()).isZero();
        assertThat(travel.note()).contains("menyesuaikan jarak tempuh");
        assertThat(travel.duration()).isEmpty();
        assertThat(TimeStandard.sameDay().isOpen()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5})
    void measuredTimesNeedAPositiveAmount(int amount) {
        assertThatThrownBy(() -> TimeStandard.minutes(amount)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive amount");
        assertThatThrownBy(() -> TimeStandard.of(Unit.HOURS, null, null, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Unit.class, names = {"OPEN", "SAME_DAY"})
    void openAndSameDayRefuseAnAmount(Unit unit) {
        assertThatThrownBy(() -> TimeStandard.of(unit, 3, null, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no amount");
    }

    @Test
    void equalByValue() {
        assertThat(TimeStandard.minutes(30)).isEqualTo(TimeStandard.of(Unit.MINUTES, 30, null, false))
                .isNotEqualTo(TimeStandard.of(Unit.MINUTES, 30, null, true));
    }
}
