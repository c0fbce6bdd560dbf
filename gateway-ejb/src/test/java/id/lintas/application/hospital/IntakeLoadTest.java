package id.lintas.application.hospital;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntakeLoadTest {
    @Test
    void busyFromTenReportsASecond() {
        IntakeLoad load = new IntakeLoad();
        assertThat(load.busy()).isFalse();
        for (int i = 0; i < IntakeLoad.BUSY_PER_SECOND - 1; i++) {
            load.accepted();
        }
        assertThat(load.busy()).as("nine reports").isFalse();
        for (int i = 0; i < 2 * IntakeLoad.BUSY_PER_SECOND; i++) {
            load.accepted();
        }
        assertThat(load.busy()).as("at least ten in this or the previous second").isTrue();
    }
}
