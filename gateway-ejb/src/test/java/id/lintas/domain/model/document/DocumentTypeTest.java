package id.lintas.domain.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.document.DocumentType.Numbering;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentTypeTest {
    @ParameterizedTest
    @CsvSource({
        "AKTA_KELAHIRAN, DEED_NUMBER, BIRTH LATE_BIRTH",
        "AKTA_KEMATIAN, DEED_NUMBER, DEATH",
        "AKTA_PERKAWINAN, DEED_NUMBER, MARRIAGE",
        "AKTA_PERCERAIAN, DEED_NUMBER, DIVORCE",
        "AKTA_PENGAKUAN_ANAK, DEED_NUMBER, CHILD_RECOGNITION",
        "AKTA_PENGESAHAN_ANAK, DEED_NUMBER, CHILD_LEGITIMATION",
        "KK, KK_NUMBER, ''",
        "KIA, HOLDER_NIK, ''",
        "KTP_EL, HOLDER_NIK, ''",
        "SURAT_KETERANGAN_KELAHIRAN, LETTER_NUMBER, ''",
        "SURAT_PENGANTAR, LETTER_NUMBER, ''",
        "SURAT_BALASAN, LETTER_NUMBER, ''"})
    void tellsHowEachDocumentIsNumbered(DocumentType type, Numbering numbering, String deeds) {
        assertThat(type.numbering()).isEqualTo(numbering);
        Set<CivilRegistryDeed> expected = EnumSet.noneOf(CivilRegistryDeed.class);
        Stream.of(deeds.split(" ")).filter(deed -> !deed.isEmpty()).map(CivilRegistryDeed::valueOf)
                .forEach(expected::add);
        assertThat(type.deeds()).isEqualTo(expected);
    }

    @Test
    void knowsTheDocumentsTheSopsProduce() {
        assertThat(DocumentType.values()).hasSize(12);
    }

    @ParameterizedTest
    @EnumSource(CivilRegistryDeed.class)
    void everyDeedIsRegisteredInOneAkta(CivilRegistryDeed deed) {
        DocumentType akta = DocumentType.of(deed);
        assertThat(akta.numbering()).isEqualTo(Numbering.DEED_NUMBER);
        assertThat(akta.deeds()).contains(deed);
        assertThat(Arrays.stream(DocumentType.values()).filter(type -> type.deeds().contains(deed)))
                .containsExactly(akta);
    }

    @Test
    void aLateBirthIsStillAnAktaKelahiran() {
        assertThat(DocumentType.of(CivilRegistryDeed.LATE_BIRTH)).isEqualTo(DocumentType.AKTA_KELAHIRAN);
        assertThat(DocumentType.of(CivilRegistryDeed.BIRTH)).isEqualTo(DocumentType.AKTA_KELAHIRAN);
    }

    @Test
    void findsNoAktaForNoDeed() {
        assertThatThrownBy(() -> DocumentType.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "AKTA_KELAHIRAN, Akta Kelahiran, Birth certificate",
        "AKTA_PENGESAHAN_ANAK, Akta Pengesahan Anak, Certificate of legitimation of a child",
        "KK, Kartu Keluarga, Family card",
        "KIA, Kartu Identitas Anak, Child identity card",
        "KTP_EL, Kartu Tanda Penduduk Elektronik, Electronic identity card",
        "SURAT_BALASAN, Surat Balasan, Reply letter"})
    void hasANameInBothLanguages(DocumentType type, String indonesian, String english) {
        assertThat(type.indonesianName()).isEqualTo(indonesian);
        assertThat(type.englishName()).isEqualTo(english);
    }

    @Test
    void namesAreDistinct() {
        assertThat(Arrays.stream(DocumentType.values()).map(DocumentType::indonesianName)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(DocumentType.values()).map(DocumentType::englishName)).doesNotHaveDuplicates();
    }

    @Test
    void deedsCannotBeChanged() {
        Set<CivilRegistryDeed> deeds = DocumentType.AKTA_KEMATIAN.deeds();
        assertThatThrownBy(() -> deeds.add(CivilRegistryDeed.BIRTH)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DocumentType.KK.deeds().add(CivilRegistryDeed.BIRTH))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
