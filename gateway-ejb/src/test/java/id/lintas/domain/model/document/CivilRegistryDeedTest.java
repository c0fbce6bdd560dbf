package id.lintas.domain.model.document;

import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CivilRegistryDeedTest {
    @ParameterizedTest
    @CsvSource({
        "BIRTH, LU, Kelahiran, Birth",
        "LATE_BIRTH, LT, Kelahiran (pencatatan terlambat), Birth (late registration)",
        "DEATH, KM, Kematian, Death",
        "MARRIAGE, KW, Perkawinan, Marriage",
        "DIVORCE, CR, Perceraian, Divorce",
        "CHILD_RECOGNITION, PA, Pengakuan anak, Recognition of a child",
        "CHILD_LEGITIMATION, PS, Pengesahan anak, Legitimation of a child"})
    void hasACodeAndANameInBothLanguages(CivilRegistryDeed deed, String code, String indonesian, String english) {
        assertThat(deed.code()).isEqualTo(code);
        assertThat(deed.indonesianName()).isEqualTo(indonesian);
        assertThat(deed.englishName()).isEqualTo(english);
        assertThat(CivilRegistryDeed.fromCode(code)).isEqualTo(deed);
    }

    @Test
    void codesAreDistinct() {
        assertThat(Stream.of(CivilRegistryDeed.values()).map(CivilRegistryDeed::code))
                .doesNotHaveDuplicates().hasSize(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lt", "Lt", " LT ", "\tlt"})
    void readsACodeInAnyCase(String code) {
        assertThat(CivilRegistryDeed.fromCode(code)).isEqualTo(CivilRegistryDeed.LATE_BIRTH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"XX", "L", "LUX", "AL", "K M"})
    void refusesAnUnknownCode(String code) {
        assertThat(assertRefused(() -> CivilRegistryDeed.fromCode(code), "deed.code.unknown").message(Locale.ENGLISH))
                .endsWith("Known codes: LU, LT, KM, KW, CR, PA, PS.");
    }
}
