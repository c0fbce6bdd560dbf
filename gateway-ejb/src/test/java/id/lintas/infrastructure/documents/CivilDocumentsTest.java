package id.lintas.infrastructure.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.document.DeedNumber;
import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CivilDocumentsTest {
    private static final CivilDocuments DOCUMENTS = new CivilDocuments();
    private static final URI VERIFICATION = URI.create("https://lintas.example/verifikasi/akta/3c9e1f7a-2b4d-4f6e-8a1c-5d7b9e0f2a43");
    private static final String CHILD_NIK = "3316012311260001";
    private static final CivilIssue ISSUE = new CivilIssue("Kabupaten Blora", "Blora",
            new Letter.Signer("Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora", "Drs. Slamet Riyadi, M.Si.",
                    "19700101 199003 1 005"),
            ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, SampleLetters.WIB), VERIFICATION);
    private static final Address ADDRESS = new Address("Jl. Pemuda No. 7", "002", "003", "Kunden", "Blora",
            "Kabupaten Blora", "Jawa Tengah");

    static BirthCertificate birthCertificate(String fatherName) {
        return new BirthCertificate(ISSUE, Nik.of(CHILD_NIK), DeedNumber.of("3316-LU-24112026-0001"),
                "Muhammad Rizky Pratama", LocalDate.of(2026, 11, 23), "Blora", 2, Sex.MALE, fatherName, "Siti Aminah");
    }

    static FamilyCard familyCard() {
        return new FamilyCard(ISSUE, new KkNumber(SampleLetters.KK), "Budi Santoso", ADDRESS, List.of(
                new FamilyCard.Member("Budi Santoso", Nik.of(SampleLetters.FATHER_NIK), Sex.MALE, "Blora",
                        LocalDate.of(1988, 3, 20), "Islam", "SLTA/Sederajat", "Wiraswasta", "Kawin",
                        "Kepala Keluarga", null, "Sutarno", "Sumiyati"),
                new FamilyCard.Member("Siti Aminah", Nik.of(SampleLetters.MOTHER_NIK), Sex.FEMALE, "Rembang",
                        LocalDate.of(1990, 8, 17), "Islam", "Diploma IV/Strata I", "Guru", "Kawin", "Istri", "WNI",
                        "Ahmad Fauzi", "Khotimah"),
                new FamilyCard.Member("Muhammad Rizky Pratama", Nik.of(CHILD_NIK), Sex.MALE, "Blora",
                        LocalDate.of(2026, 11, 23), null, null, null, null, "Anak", null, "Budi Santoso",
                        "Siti Aminah")));
    }

    static ChildIdentityCard childIdentityCard(LocalDate birthDate, byte[] photo) {
        return new ChildIdentityCard(ISSUE, Nik.of(CHILD_NIK), "Muhammad Rizky Pratama", "Blora", birthDate, Sex.MALE,
                new KkNumber(SampleLetters.KK), "Budi Santoso", ADDRESS, photo);
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("kutipan akta kelahiran", (Supplier<byte[]>) () -> DOCUMENTS.birthCertificate(
                        birthCertificate("Budi Santoso"))),
                Arguments.of("kartu keluarga", (Supplier<byte[]>) () -> DOCUMENTS.familyCard(familyCard())),
                Arguments.of("KIA without photo", (Supplier<byte[]>) () -> DOCUMENTS.childIdentityCard(
                        childIdentityCard(LocalDate.of(2026, 11, 23), null))),
                Arguments.of("KIA with photo", (Supplier<byte[]>) () -> DOCUMENTS.childIdentityCard(
                        childIdentityCard(LocalDate.of(2019, 5, 2), photo()))),
                Arguments.of("surat keterangan kelahiran", (Supplier<byte[]>) () -> new PdfDocuments().birthLetter(
                        SampleLetters.birthLetter())),
                Arguments.of("surat balasan", (Supplier<byte[]>) () -> new PdfDocuments().replyLetter(
                        SampleLetters.replyLetter())));
    }

    @Test
    void birthCertificateStatesTheBirthInWords() throws IOException {
        byte[] pdf = DOCUMENTS.birthCertificate(birthCertificate("Budi Santoso"));
        String text = oneLine(pdf);
        assertThat(text).contains("PENCATATAN SIPIL", "WARGA NEGARA INDONESIA", "KUTIPAN AKTA KELAHIRAN",
                "NIK : " + CHILD_NIK,
                "Berdasarkan Akta Kelahiran Nomor 3316-LU-24112026-0001 bahwa di Blora pada tanggal dua puluh tiga"
                        + " November dua ribu dua puluh enam telah lahir Muhammad Rizky Pratama, anak kedua,"
                        + " laki-laki, dari ayah Budi Santoso dan ibu Siti Aminah.",
                "Kutipan ini diterbitkan di Blora, 24 November 2026",
                "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora", "Drs. Slamet Riyadi, M.Si.",
                "NIP. 19700101 199003 1 005");
        assertThat(text.replace(" ", "")).as("the address, wrapped beside the QR code").contains(VERIFICATION.toString());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within());
        }
    }

    @Test
    void birthCertificateOfAChildWithoutARecordedFatherNamesTheMotherOnly() throws IOException {
        assertThat(oneLine(DOCUMENTS.birthCertificate(birthCertificate(null))))
                .contains("laki-laki, dari ibu Siti Aminah.").doesNotContain("ayah");
    }

    @Test
    void aFamilyOfMoreThanTenContinuesOnASecondPageSignedOnTheLast() throws IOException {
        List<FamilyCard.Member> members = new java.util.ArrayList<>(familyCard().members());
        for (int i = 4; i <= 18; i++) {
            members.add(new FamilyCard.Member("Anak Ke " + i, Nik.of(String.format("3316012311%02d%04d", 26, 1000 + i)),
                    Sex.FEMALE, "Blora", LocalDate.of(2026, 11, 23), null, null, null, null, "Anak", null, "Budi Santoso",
                    "Siti Aminah"));
        }
        FamilyCard big = new FamilyCard(ISSUE, new KkNumber(SampleLetters.KK), "Budi Santoso", ADDRESS, members);
        byte[] pdf = DOCUMENTS.familyCard(big);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document).replaceAll("\\s+", " ");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(first).contains("Halaman 1 dari 2", "10 Anak Ke 10").doesNotContain("Anak Ke 11", "Drs. Slamet Riyadi");
            assertThat(second).contains("Halaman 2 dari 2", "11 Anak Ke 11", "18 Anak Ke 18", "Drs. Slamet Riyadi, M.Si.");
        }
    }

    @Test
    void familyCardIsLandscapeWithTheAddressAndBothMemberTables() throws IOException {
        byte[] pdf = DOCUMENTS.familyCard(familyCard());
        String text = oneLine(pdf);
        assertThat(text).contains("KARTU KELUARGA", "No. " + SampleLetters.KK, "Budi Santoso", "Jl. Pemuda No. 7",
                "002/003", "Kunden", "Kabupaten Blora", "Jawa Tengah", "Nama Lengkap", "Jenis Pekerjaan",
                "Status Perkawinan", "Kewarganegaraan",
                "2 Siti Aminah " + SampleLetters.MOTHER_NIK + " PEREMPUAN Rembang 17-08-1990 Islam",
                "3 Muhammad Rizky Pratama " + CHILD_NIK + " LAKI-LAKI Blora 23-11-2026 - - -",
                "3 - Anak WNI Budi Santoso Siti Aminah", "Ahmad Fauzi", "Khotimah",
                "Dikeluarkan tanggal 24 November 2026", "Drs. Slamet Riyadi, M.Si.");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), within());
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), within());
        }
    }

    @Test
    void familyCardRefusesNoMembersOrMoreThanTenPagesHold() {
        FamilyCard card = familyCard();
        List<FamilyCard.Member> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(card.members().get(0));
        }
        assertThatThrownBy(() -> new FamilyCard(ISSUE, card.number(), "Budi Santoso", ADDRESS, many))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> new FamilyCard(ISSUE, card.number(), "Budi Santoso", ADDRESS, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 100");
    }

    @Test
    void childIdentityCardHasAFrontAndABackOfIdOneSize() throws IOException {
        byte[] pdf = DOCUMENTS.childIdentityCard(childIdentityCard(LocalDate.of(2026, 11, 23), null));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(85.6f * 72 / 25.4f, within());
                assertThat(page.getMediaBox().getHeight()).isCloseTo(54f * 72 / 25.4f, within());
                assertThat(images(page.getResources())).isZero();
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String front = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(front).contains("PROVINSI JAWA TENGAH", "KABUPATEN BLORA", "KARTU IDENTITAS ANAK",
                    CHILD_NIK, "Muhammad Rizky Pratama", "Blora, 23-11-2026", "LAKI-LAKI", SampleLetters.KK,
                    "Budi Santoso", "Blora, 24 November 2026");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String back = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(back).contains("Jl. Pemuda No. 7", "002/003", "Kunden", "Berlaku Hingga : 23 November 2043",
                    "Drs. Slamet Riyadi, M.Si.");
        }
    }

    @Test
    void childIdentityCardFromFiveCarriesThePhoto() throws IOException {
        byte[] pdf = DOCUMENTS.childIdentityCard(childIdentityCard(LocalDate.of(2019, 5, 2), photo()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(images(document.getPage(0).getResources())).isEqualTo(1);
            assertThat(images(document.getPage(1).getResources())).isZero();
        }
        assertThat(oneLine(pdf)).contains("Berlaku Hingga : 2 Mei 2036");
    }

    @Test
    void childIdentityCardHasAPhotoFromFiveAndNoneBefore() {
        assertThatThrownBy(() -> childIdentityCard(LocalDate.of(2024, 1, 1), photo()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no photo");
        assertThatThrownBy(() -> childIdentityCard(LocalDate.of(2019, 5, 2), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("photo (foto) is required");
        assertThatThrownBy(() -> childIdentityCard(LocalDate.of(2009, 11, 24), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("under 17");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theQrCodeReadsAsTheVerificationAddress(String name, Supplier<byte[]> render) throws IOException {
        String expected = name.startsWith("surat") ? SampleLetters.VERIFICATION.toString() : VERIFICATION.toString();
        assertThat(PdfPages.qrCodes(render.get(), 300)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void isPdfA2bWithEveryFontEmbedded(String name, Supplier<byte[]> render) throws IOException {
        try (PDDocument document = Loader.loadPDF(render.get())) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                    document.getDocumentInformation().getTitle(), "<xmp:CreatorTool>Lintas</xmp:CreatorTool>");
            String created = ((GregorianCalendar) document.getDocumentInformation().getCreationDate())
                    .toZonedDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            assertThat(xmp).contains("<xmp:CreateDate>" + created + "</xmp:CreateDate>");
            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            assertThat(intents.get(0).getCOSObject().getCOSName(COSName.S)).isEqualTo(COSName.GTS_PDFA1);
            assertThat(intents.get(0).getDestOutputIntent().createInputStream().readAllBytes()).hasSizeGreaterThan(100);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("id-ID");
            assertThat(document.getDocument().getTrailer().getCOSArray(COSName.ID)).as("file identifier").hasSize(2);
            for (PDPage page : document.getPages()) {
                for (COSName font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void rendersTheSameBytesTwice(String name, Supplier<byte[]> render) {
        assertThat(Arrays.equals(render.get(), render.get())).isTrue();
    }

    private static long images(PDResources resources) throws IOException {
        long images = 0;
        for (COSName xObject : resources.getXObjectNames()) {
            if (resources.isImageXObject(xObject)) {
                images++;
            }
        }
        return images;
    }

    /** A 300 × 400 px portrait with a light background, as a PNG. */
    static byte[] photo() {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(200, 30, 30));
        graphics.fillRect(0, 0, 300, 400);
        graphics.setColor(new Color(240, 200, 170));
        graphics.fillOval(90, 80, 120, 160);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The text of all pages, white space (line breaks too) as single spaces. */
    private static String oneLine(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static Offset<Float> within() {
        return Offset.offset(0.01f);
    }
}
