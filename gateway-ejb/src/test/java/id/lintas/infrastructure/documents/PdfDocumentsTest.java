package id.lintas.infrastructure.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfDocumentsTest {
    private static final PdfDocuments DOCUMENTS = new PdfDocuments();
    /** How far capitals and ascenders reach above the baseline in DejaVu Serif, in em. */
    private static final float CAP_HEIGHT = 0.76f;
    private static final String LONG_NAME = "Raden Mas Muhammad Rizky Pratama Wijayakusuma Adinegoro Hadiningrat "
            + "Soerjosoemarno Tjokroaminoto Mangkunegoro Prawirodirdjo Kusumawardhani Sastrodiharjo";
    private static final String UNBROKEN_NAME = "Wijayakusumaadinegorohadiningratsoerjosoemarnotjokroaminoto"
            + "mangkunegoroprawirodirdjokusumawardhani";

    static Stream<Arguments> letters() {
        return Stream.of(
                Arguments.of("birth letter", (Supplier<byte[]>) () -> DOCUMENTS.birthLetter(SampleLetters.birthLetter())),
                Arguments.of("cover letter", (Supplier<byte[]>) () -> DOCUMENTS.coverLetter(SampleLetters.coverLetter())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void carriesTheLetterheadTheSignerAndTheVerificationAddress(String name, Supplier<byte[]> render)
            throws IOException {
        String text = text(render.get());
        assertThat(text).contains("PEMERINTAH KABUPATEN BLORA", "RSUD DR. R. SOETIJONO BLORA",
                "Jl. Dr. Sutomo No. 42, Blora 58219", "Telepon (0296) 531118, surel rsud@blorakab.go.id",
                "Blora, 24 November 2026", "Direktur RSUD Dr. R. Soetijono Blora", "dr. Ahmad Santoso, M.Kes.",
                "NIP. 19750312 200312 1 004", "Pindai kode QR ini");
        assertThat(text.replaceAll("\\R", "")).contains(SampleLetters.VERIFICATION.toString());
    }

    @Test
    void birthLetterStatesTheBirthAndTheParents() throws IOException {
        String text = text(DOCUMENTS.birthLetter(SampleLetters.birthLetter()));
        assertThat(text).contains("SURAT KETERANGAN KELAHIRAN", "Nomor: 474.1/0123/RSUD/XI/2026",
                "Yang bertanda tangan di bawah ini menerangkan bahwa pada:", "Senin, 23 November 2026", "14.35 WIB",
                "telah lahir seorang bayi laki-laki", "Muhammad Rizky Pratama", "Laki-laki",
                "RSUD Dr. R. Soetijono Blora", "Kembar 2", "Dokter", "dr. Ratna Dewi, Sp.OG", "3.200 gram", "49,5 cm",
                "Siti Aminah", SampleLetters.MOTHER_NIK, "Budi Santoso", SampleLetters.FATHER_NIK, SampleLetters.KK,
                "Jl. Pemuda No. 7", "Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.");
        assertThat(lineOf(text, "Kelahiran ke-")).endsWith("1");
    }

    @Test
    void birthLetterWithoutAFatherOrAddressLeavesTheirRowsOut() throws IOException {
        BirthLetter skl = SampleLetters.birthLetter();
        BirthLetter motherAlone = new BirthLetter(skl.letter(), skl.babyName(), skl.sex(), skl.bornAt(),
                skl.birthPlace(), 1, 3, skl.attendant(), skl.weightGrams(), skl.lengthCm(), skl.mother(), null,
                skl.familyKk(), " ");
        String text = text(DOCUMENTS.birthLetter(motherAlone));
        assertThat(text).contains("Siti Aminah", "Tunggal").doesNotContain("ayah", "Alamat", "Budi Santoso");
        assertThat(lineOf(text, "Kelahiran ke-")).endsWith("3");
    }

    @Test
    void coverLetterListsTheEnclosuresTheReporterAndTheWitnesses() throws IOException {
        String text = text(DOCUMENTS.coverLetter(SampleLetters.coverLetter()));
        assertThat(text).contains("470/0456/RSUD/XI/2026", "4 (empat) berkas", "Pengajuan Penerbitan NIK, KK, Akta Kelahiran dan KIA",
                "Kepada Yth.", "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora", "di Blora",
                "Muhammad Rizky Pratama", "SELINTAS-2026-000123",
                "1. Surat Keterangan Kelahiran", "2. Kartu Keluarga (KK) asli",
                "3. Fotokopi buku nikah/akta perkawinan orang tua", "4. Fotokopi KTP-el ayah dan ibu",
                "Pelapor Budi Santoso " + SampleLetters.FATHER_NIK,
                "Saksi I Sutrisno " + SampleLetters.WITNESS_1_NIK,
                "Saksi II Sri Wahyuni " + SampleLetters.WITNESS_2_NIK, "Demikian surat pengantar ini");
        assertThat(lineOf(text, "Nomor")).contains("470/0456/RSUD/XI/2026");
        assertThat(lineOf(text, "Perihal")).contains("Pengajuan Penerbitan");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void isA4WithEveryFontEmbedded(String name, Supplier<byte[]> render) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render.get())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within());
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within());
                List<PDFont> fonts = new ArrayList<>();
                for (var fontName : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(fontName));
                }
                assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSerifCondensed");
                });
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void qrCodeReadsAsTheVerificationAddress(String name, Supplier<byte[]> render) throws Exception {
        assertThat(PdfPages.qrCodes(render.get(), 200)).containsExactly(SampleLetters.VERIFICATION.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void carriesTheDocumentInformationAndRendersTheSameBytesTwice(String name, Supplier<byte[]> render)
            throws IOException {
        byte[] pdf = render.get();
        assertThat(render.get()).isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).matches("Surat (Keterangan Kelahiran|Pengantar) Nomor [0-9.]+/0[0-9]{3}/RSUD/XI/2026");
            assertThat(info.getAuthor()).isEqualTo("RSUD Dr. R. Soetijono Blora");
            assertThat(info.getCreator()).isEqualTo("Lintas");
            assertThat(info.getSubject()).endsWith("Muhammad Rizky Pratama");
            assertThat(info.getCreationDate().toInstant())
                    .isEqualTo(ZonedDateTime.of(2026, 11, 24, 9, 15, 0, 0, SampleLetters.WIB).toInstant());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("id-ID");
        }
    }

    @Test
    void longNamesWrapInsideTheMarginsOfTheBirthLetter() throws Exception {
        byte[] pdf = DOCUMENTS.birthLetter(SampleLetters.birthLetter(LONG_NAME, UNBROKEN_NAME));
        assertInsideTheMargins(pdf);
        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Raden Mas Muhammad", "Sastrodiharjo", "Wijayakusuma");
        assertThat(text.replaceAll("\\s", "")).contains(UNBROKEN_NAME);
        assertThat(PdfPages.qrCodes(pdf, 200)).containsExactly(SampleLetters.VERIFICATION.toString());
    }

    @Test
    void longNamesWrapInsideTheMarginsOfTheCoverLetter() throws Exception {
        byte[] pdf = DOCUMENTS.coverLetter(SampleLetters.coverLetter(LONG_NAME + " " + UNBROKEN_NAME));
        assertInsideTheMargins(pdf);
        assertThat(text(pdf).replaceAll("\\s", "")).contains(UNBROKEN_NAME, "Soerjosoemarno");
    }

    @Test
    void aLetterTooLongForOnePageGoesOnAndEndsWithTheQrCode() throws Exception {
        CoverLetter sample = SampleLetters.coverLetter();
        List<String> enclosures = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            enclosures.add("Fotokopi dokumen pendukung nomor " + i);
        }
        CoverLetter longList = new CoverLetter(sample.letter(), sample.addressee(), sample.caseNumber(),
                sample.childName(), enclosures, sample.reporter(), sample.firstWitness(), sample.secondWitness());
        byte[] pdf = DOCUMENTS.coverLetter(longList);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
        assertInsideTheMargins(pdf);
        assertThat(text(pdf)).contains("40 (empat puluh) berkas", "40. Fotokopi dokumen pendukung nomor 40", "Saksi II");
        assertThat(PdfPages.qrCodes(pdf, 200)).containsExactly(SampleLetters.VERIFICATION.toString());
    }

    @Test
    void aCharacterTheFontLacksIsPrintedAsAQuestionMark() throws IOException {
        String text = text(DOCUMENTS.birthLetter(SampleLetters.birthLetter("Ananda 王 Putra", "Siti Aminah")));
        assertThat(text).contains("Ananda ? Putra");
    }

    private static void assertInsideTheMargins(byte[] pdf) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
                positions.addAll(textPositions);
                super.writeString(text, textPositions);
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collector.getText(document);
        }
        float pageHeight = PDRectangle.A4.getHeight();
        assertThat(positions).isNotEmpty().allSatisfy(glyph -> {
            assertThat(glyph.getXDirAdj()).as(glyph.getUnicode()).isGreaterThanOrEqualTo(LetterLayout.LEFT - 0.5f);
            assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as(glyph.getUnicode())
                    .isLessThanOrEqualTo(LetterLayout.RIGHT + 0.5f);
            assertThat(glyph.getYDirAdj() - CAP_HEIGHT * glyph.getFontSizeInPt()).as(glyph.getUnicode())
                    .isGreaterThanOrEqualTo(pageHeight - LetterLayout.TOP - 0.5f);
            assertThat(glyph.getYDirAdj()).as(glyph.getUnicode())
                    .isLessThanOrEqualTo(pageHeight - LetterLayout.BOTTOM + 0.5f);
        });
    }

    /** The text of all pages, the way a reader copies it. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String lineOf(String text, String start) {
        return text.lines().filter(line -> line.startsWith(start)).findFirst().orElseThrow();
    }

    private static Offset<Float> within() {
        return Offset.offset(0.01f);
    }
}
