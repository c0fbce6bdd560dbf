package id.lintas.domain.model.person;

import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SexTest {
    @Test
    void readsAndWritesSiakCodes() {
        assertThat(Sex.fromSiakCode("1")).isEqualTo(Sex.MALE);
        assertThat(Sex.fromSiakCode(" 2 ")).isEqualTo(Sex.FEMALE);
        assertThat(Sex.MALE.siakCode()).isEqualTo("1");
        assertThat(Sex.FEMALE.siakCode()).isEqualTo("2");
        assertThat(Sex.MALE.indonesianName()).isEqualTo("LAKI-LAKI");
        assertThat(Sex.FEMALE.indonesianName()).isEqualTo("PEREMPUAN");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "0", "3", "L", "P"})
    void refusesOtherCodes(String code) {
        assertRefused(() -> Sex.fromSiakCode(code), "sex.siakCode.invalid");
    }
}
