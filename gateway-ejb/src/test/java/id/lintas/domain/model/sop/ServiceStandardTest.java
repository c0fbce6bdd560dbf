package id.lintas.domain.model.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.sop.ServiceStandard.Basis;
import id.lintas.domain.model.sop.ServiceStandard.Start;
import org.junit.jupiter.api.Test;

class ServiceStandardTest {
    @Test
    void freeOnlyWhenTheFeeIsStatedAsZero() {
        ServiceStandard landaMewa = new ServiceStandard(TimeStandard.hours(24), Start.COMPLETE_FILE, 0L, null, null);
        assertThat(landaMewa.isFree()).isTrue();
        assertThat(landaMewa.basis()).isEqualTo(Basis.DECLARED);
        assertThat(landaMewa.from()).contains(Start.COMPLETE_FILE);
        ServiceStandard unstated = new ServiceStandard(TimeStandard.sameDay(), null, null, null, null);
        assertThat(unstated.isFree()).isFalse();
        assertThat(unstated.fee()).isEmpty();
    }

    @Test
    void refusesAnOpenTimeANegativeFeeAndASumInWorkingDays() {
        assertThatThrownBy(() -> new ServiceStandard(TimeStandard.open("x"), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceStandard(TimeStandard.hours(1), null, -1L, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceStandard(TimeStandard.workingDays(2), null, null, Basis.SUM_OF_STEPS, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
