package id.lintas.domain.model.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficeCodeTest {
    @Test
    void acceptsARegencyCode() {
        OfficeCode blora = new OfficeCode("3316");
        assertThat(blora.value()).isEqualTo("3316");
        assertThat(blora.provinceCode()).isEqualTo("33");
        assertThat(blora).isEqualTo(new OfficeCode("3316")).isNotEqualTo(new OfficeCode("3505"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "331", "33166", "33a6", "0916", "9916", "3300"})
    void refusesWhatIsNotARegencyCode(String code) {
        assertThatThrownBy(() -> new OfficeCode(code)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("tidak sah").hasMessageContaining("not valid");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> new OfficeCode(null)).isInstanceOf(BusinessException.class);
    }
}
