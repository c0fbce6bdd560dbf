package id.lintas.infrastructure.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The SI JARAN IJO surat balasan; its PDF/A markers, QR code and stable bytes are checked with the civil documents. */
class ReplyLetterTest {
    private static final PdfDocuments DOCUMENTS = new PdfDocuments();

    @Test
    void answersTheRequestListsTheTargetsAndAsksForAnEscort() throws IOException {
        String text = text(DOCUMENTS.replyLetter(SampleLetters.replyLetter()));
        assertThat(text.replaceAll("\\s+", " ")).contains("PEMERINTAH KABUPATEN BLORA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
                "Jl. Pemuda No. 16, Blora 58215", "Blora, 24 November 2026", "Nomor : 470/42/3316/2026",
                "Perihal : Pemberitahuan Pelaksanaan Perekaman Rentan Adminduk", "Kepada Yth.", "Kepala Kelurahan Kunden",
                "di Tempat", "surat Saudara Nomor 140/27/KDN/XI/2026 tanggal 20 November 2026",
                "3316-SI_JARAN_IJO-2026-000042", "2 (dua) orang penduduk rentan",
                "Mbah Sarinah", SampleLetters.TARGET_NIK, "Jl. Gatot Subroto No. 12", "Sukardi",
                "Selasa, 1 Desember 2026", "09.00 WIB s.d. 12.00 WIB", "berkumpul di Kantor Kelurahan Kunden",
                "Petugas perekaman:", "Siti Rahayu", "Joko Prasetyo", "mendampingi petugas selama kegiatan perekaman",
                "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora", "Hendro Wibowo", "Pindai kode QR ini")
                .doesNotContain("menyusul", "NIP.");
        assertThat(text.lines().filter(line -> line.startsWith("2. Sukardi")).findFirst()).hasValueSatisfying(
                line -> assertThat(line).isEqualTo("2. Sukardi - -"));
    }

    @Test
    void withoutAVisitTheScheduleFollowsAndWithoutOfficersNoneAreNamed() throws IOException {
        ReplyLetter sample = SampleLetters.replyLetter(null, List.of());
        ReplyLetter unnumbered = new ReplyLetter(sample.letter(), sample.addressee(),
                new ReplyLetter.Request(null, LocalDate.of(2026, 11, 20), "3316-SI_JARAN_IJO-2026-000042"),
                sample.targets(), null, sample.rhythm(), null);
        String text = text(DOCUMENTS.replyLetter(unnumbered)).replaceAll("\\s+", " ");
        assertThat(text).contains("Jadwal pelaksanaan perekaman menyusul",
                "(Perekaman dilaksanakan 1 minggu sekali / ditentukan lain).",
                "surat permohonan Saudara tanggal 20 November 2026", "mendampingi petugas")
                .doesNotContain("Petugas perekaman:", "Hari, tanggal", "Nomor 140/27");
    }

    @Test
    void refusesALetterWithoutTargetsOrAVisitOutsideIndonesianTime() {
        ReplyLetter sample = SampleLetters.replyLetter();
        assertThatThrownBy(() -> new ReplyLetter(sample.letter(), sample.addressee(), sample.request(), List.of(), null, null,
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targets (sasaran)");
        assertThatThrownBy(() -> new ReplyLetter.Visit(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC), null,
                "Kantor Kelurahan")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WIB");
        assertThatThrownBy(() -> new ReplyLetter.Visit(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, SampleLetters.WIB),
                LocalTime.of(8, 0), "Kantor Kelurahan")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not after the start");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
