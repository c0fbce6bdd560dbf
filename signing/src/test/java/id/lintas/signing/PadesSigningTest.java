package id.lintas.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.lintas.signing.testpki.DemoPki;
import id.lintas.signing.verify.PadesVerifier;
import id.lintas.signing.verify.SignatureReport;
import id.lintas.signing.verify.SignatureReport.Coverage;
import id.lintas.signing.verify.VerificationReport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PadesSigningTest {
    private static final String QR = "https://lintas.blorakab.go.id/verifikasi/AKTA-3316-LU-23112026-0001";
    private static SigningSession session;
    private static PadesVerifier verifier;

    @BeforeAll
    static void open() {
        session = new Pkcs12KeySource(Fixtures.KADIS_P12).open(Fixtures.PASSPHRASE);
        verifier = new PadesVerifier(List.of(Fixtures.PKI.root().certificate()), Fixtures.PKI.crls());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static SignatureRequest request(PadesLevel level) {
        return new SignatureRequest(level, Appearance.visible(QR), "Penandatanganan akta kelahiran", "Blora", null,
                Fixtures.TSA_CLIENT, Fixtures.PKI.crls());
    }

    @ParameterizedTest
    @EnumSource(PadesLevel.class)
    void eachLevelIsProducedAndVerifiedAgain(PadesLevel level) throws Exception {
        byte[] signed = session.sign(Fixtures.letter("Nama: Budi Santoso"), request(level));
        Path file = Fixtures.output("level-" + level.label() + ".pdf");
        Files.write(file, signed);

        VerificationReport report = verifier.verify(signed);
        SignatureReport signature = report.signaturesOnly().get(0);
        assertThat(signature.problems()).isEmpty();
        assertThat(signature.level()).isEqualTo(level);
        assertThat(signature.intact()).isTrue();
        assertThat(signature.trusted()).isTrue();
        assertThat(signature.signer()).contains("CN=Drs. Suryo Pranoto\\, M.Si.");
        assertThat(signature.coverage()).isEqualTo(level.atLeast(PadesLevel.B_LT) ? Coverage.EXTENDED_BY_SIGNATURES
                : Coverage.WHOLE_DOCUMENT);
        assertThat(signature.timestamp()).isEqualTo(level.atLeast(PadesLevel.B_T) ? SignatureReport.TimestampState.VALID
                : SignatureReport.TimestampState.NONE);
        assertThat(report.signatures()).hasSize(level == PadesLevel.B_LTA ? 2 : 1);
        if (level == PadesLevel.B_LTA) {
            SignatureReport documentTimestamp = report.signatures().get(1);
            assertThat(documentTimestamp.kind()).isEqualTo(SignatureReport.Kind.DOCUMENT_TIMESTAMP);
            assertThat(documentTimestamp.holds()).isTrue();
            assertThat(documentTimestamp.coverage()).isEqualTo(Coverage.WHOLE_DOCUMENT);
            assertThat(documentTimestamp.signer()).contains("TSA");
        }
        assertThat(report.allHold()).isTrue();

        String pdfsig = Fixtures.pdfsig(file);
        assertThat(pdfsig).contains("Signature Type: ETSI.CAdES.detached")
                .contains(level.atLeast(PadesLevel.B_LT) ? "Not total document signed" : "Total document signed");
        assertThat(pdfsig.split("Signature #")[1]).contains("Signature is Valid");
    }

    @Test
    void theCmsHasExactlyThePadesSignedAttributesAndTheTimeIsInM() throws Exception {
        Instant claimed = Instant.parse("2026-11-23T03:15:00Z");
        byte[] signed = session.sign(Fixtures.letter("Nama: Siti"), request(PadesLevel.B_T).withSigningTime(claimed));
        try (PDDocument document = Loader.loadPDF(signed)) {
            var signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(claimed);
            SignerInformation signer = new CMSSignedData(PadesExtension.withoutPadding(signature.getContents())).getSignerInfos().iterator().next();
            assertThat(signer.getSignedAttributes().toASN1Structure().getAttributes())
                    .extracting(a -> a.getAttrType().getId())
                    .containsExactlyInAnyOrder(CMSAttributes.contentType.getId(), CMSAttributes.messageDigest.getId(),
                            PKCSObjectIdentifiers.id_aa_signingCertificateV2.getId());
            assertThat(signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)).isNotNull();
        }
        assertThat(verifier.verify(signed).signatures().get(0).claimedTime()).isEqualTo(claimed);
    }

    @Test
    void theVisibleAppearanceCarriesTheQrCodeAndTheFooterInsideTheSignedRevision() throws Exception {
        byte[] signed = session.sign(Fixtures.letter("Nama: Budi"), request(PadesLevel.B_B));
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDAnnotationWidget widget = document.getSignatureFields().get(0).getWidgets().get(0);
            assertThat(widget.getRectangle().getWidth()).isGreaterThan(400);
            String text = appearanceText(widget);
            assertThat(text.replaceAll("\\s+", " "))
                    .contains("Ditandatangani secara elektronik oleh:")
                    .contains("Drs. Suryo Pranoto, M.Si.")
                    .contains("Kepala Dinas, Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora")
                    .contains("Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik"
                            + " yang diterbitkan oleh Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText();
            assertThat(decoded).isEqualTo(QR);
        }
        // the appearance is in the signed revision: the signature covers the whole file
        assertThat(verifier.verify(signed).signatures().get(0).coverage()).isEqualTo(Coverage.WHOLE_DOCUMENT);
    }

    @Test
    void aFooterBeyondLatin1FallsBackToTheFullFont() throws Exception {
        String footer = "Ditandatangani oleh Kepala Dinas — Šah āīū (uji huruf)";
        byte[] signed = session.sign(Fixtures.letter("Nama: Budi"), request(PadesLevel.B_B)
                .withAppearance(Appearance.visible(QR).withFooter(footer)));
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(appearanceText(document.getSignatureFields().get(0).getWidgets().get(0))).contains(footer);
        }
        assertThat(verifier.verify(signed).allHold()).isTrue();
    }

    @Test
    void anInvisibleSignatureHasAZeroSizeWidget() throws Exception {
        byte[] signed = session.sign(Fixtures.letter("Nama: Budi"),
                request(PadesLevel.B_B).withAppearance(Appearance.invisible()));
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(document.getSignatureFields().get(0).getWidgets().get(0).getRectangle().getWidth()).isZero();
        }
        assertThat(verifier.verify(signed).allHold()).isTrue();
    }

    @Test
    void aChangedByteInTheSignedContentMakesTheSignatureInvalid() throws Exception {
        byte[] signed = session.sign(Fixtures.letter("Nama: Budi Santoso"), request(PadesLevel.B_T));
        byte[] forged = Fixtures.replaced(signed, "Budi Santoso", "Budi Sentosa");
        Path file = Fixtures.output("changed-byte.pdf");
        Files.write(file, forged);

        VerificationReport report = verifier.verify(forged);
        SignatureReport signature = report.signatures().get(0);
        assertThat(signature.intact()).isFalse();
        assertThat(signature.problems()).anyMatch(p -> p.contains("digest mismatch"));
        assertThat(report.allHold()).isFalse();
        assertThat(Fixtures.pdfsig(file)).contains("Digest Mismatch");
    }

    @Test
    void anIncrementalUpdateAppendedAfterSigningIsReported() throws Exception {
        byte[] signed = session.sign(Fixtures.letter("Nama: Budi Santoso"), request(PadesLevel.B_T));
        byte[] appended = appendText(signed, "DIBATALKAN");
        Path file = Fixtures.output("appended-update.pdf");
        Files.write(file, appended);

        SignatureReport signature = verifier.verify(appended).signatures().get(0);
        assertThat(signature.intact()).isTrue();
        assertThat(signature.coverage()).isEqualTo(Coverage.MODIFIED_AFTER_SIGNING);
        assertThat(signature.problems()).anyMatch(p -> p.startsWith("not the whole document"));
        assertThat(signature.holds()).isFalse();
        String pdfsig = Fixtures.pdfsig(file);
        assertThat(pdfsig).contains("Not total document signed").contains("Signature is Valid");
    }

    @Test
    void anUnknownTrustAnchorIsNotTrusted() throws Exception {
        byte[] signed = session.sign(Fixtures.letter("Nama: Budi"), request(PadesLevel.B_T));
        DemoPki stranger = DemoPki.generate("Dinas Lain", "Dukcapil Lain", "Orang Lain");
        SignatureReport signature = new PadesVerifier(List.of(stranger.root().certificate()), Fixtures.PKI.crls())
                .verify(signed).signatures().get(0);
        assertThat(signature.intact()).isTrue();
        assertThat(signature.trusted()).isFalse();
        assertThat(signature.timestamp()).isEqualTo(SignatureReport.TimestampState.INVALID);
        assertThat(signature.problems()).anyMatch(p -> p.startsWith("signer not trusted: no path"));
        assertThat(signature.holds()).isFalse();
    }

    @Test
    void withoutCrlsTheRevocationIsUnknownAndARevokedSignerIsNotTrusted() throws Exception {
        byte[] signed = session.sign(Fixtures.letter("Nama: Budi"), request(PadesLevel.B_B));
        SignatureReport withoutCrls = new PadesVerifier(List.of(Fixtures.PKI.root().certificate()), List.of())
                .verify(signed).signatures().get(0);
        assertThat(withoutCrls.trusted()).isFalse();
        assertThat(withoutCrls.problems()).anyMatch(p -> p.contains("revocation status unknown"));

        Path revokedP12 = Fixtures.output("revoked.p12");
        try (SigningSession revoked = new Pkcs12KeySource(revokedP12).open(Fixtures.PASSPHRASE)) {
            SignatureReport signature = verifier.verify(revoked.sign(Fixtures.letter("Nama: Budi"), request(PadesLevel.B_B)))
                    .signatures().get(0);
            assertThat(signature.intact()).isTrue();
            assertThat(signature.trusted()).isFalse();
            assertThat(signature.problems()).anyMatch(p -> p.contains("certificate revoked"));
        }
    }

    @Test
    void aWrongPassphraseOpensNoSession() {
        assertThatThrownBy(() -> new Pkcs12KeySource(Fixtures.KADIS_P12).open("salah".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessageContaining("Kata sandi salah").hasMessageContaining("Wrong passphrase");
    }

    @Test
    void aClosedSessionSignsNothing() {
        SigningSession closed = new Pkcs12KeySource(Fixtures.KADIS_P12).open(Fixtures.PASSPHRASE);
        closed.close();
        assertThatThrownBy(() -> closed.sign(Fixtures.letter("x"), request(PadesLevel.B_B)))
                .isInstanceOf(SigningException.class).hasMessageContaining("closed");
    }

    @Test
    void twoSignaturesOnOneDocumentBothHold() throws Exception {
        byte[] first = session.sign(Fixtures.letter("Nama: Budi"), request(PadesLevel.B_T));
        byte[] second = session.sign(first, request(PadesLevel.B_LTA).withAppearance(
                Appearance.visible(QR + "#2").at(new Appearance.Box(300, 120, 250, 70))));
        Path file = Fixtures.output("two-signatures.pdf");
        Files.write(file, second);

        VerificationReport report = verifier.verify(second);
        assertThat(report.signatures()).extracting(SignatureReport::kind).containsExactly(SignatureReport.Kind.SIGNATURE,
                SignatureReport.Kind.SIGNATURE, SignatureReport.Kind.DOCUMENT_TIMESTAMP);
        assertThat(report.signatures()).extracting(SignatureReport::field).doesNotHaveDuplicates();
        assertThat(report.signatures().get(0).coverage()).isEqualTo(Coverage.EXTENDED_BY_SIGNATURES);
        assertThat(report.signatures().get(1).level()).isEqualTo(PadesLevel.B_LTA);
        // the first was B-T when made; the DSS and the document timestamp added for the second extend it too
        assertThat(report.signatures().get(0).level()).isEqualTo(PadesLevel.B_LTA);
        assertThat(report.allHold()).as(report.toString()).isTrue();

        String[] pdfsig = Fixtures.pdfsig(file).split("Signature #");
        assertThat(pdfsig[1]).contains("Signature is Valid").contains("Not total document signed");
        assertThat(pdfsig[2]).contains("Signature is Valid");
    }

    @Test
    void aSignatureAddedAfterAnEditStillShowsTheEditForTheFirstSignature() throws Exception {
        byte[] first = session.sign(Fixtures.letter("Nama: Budi"), request(PadesLevel.B_B));
        byte[] edited = appendText(first, "DIUBAH");
        byte[] second = session.sign(edited, request(PadesLevel.B_B).withAppearance(Appearance.invisible()));

        VerificationReport report = verifier.verify(second);
        assertThat(report.signatures().get(0).coverage()).isEqualTo(Coverage.MODIFIED_AFTER_SIGNING);
        assertThat(report.signatures().get(1).holds()).isTrue();
        assertThat(report.allHold()).isFalse();
    }

    /** An incremental update, made without signing, that writes a word on the page. */
    static byte[] appendText(byte[] pdf, String word) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 40);
                content.newLineAtOffset(150, 400);
                content.showText(word);
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** The text of a widget's appearance stream, extracted as if it were a page. */
    private static String appearanceText(PDAnnotationWidget widget) throws Exception {
        var appearance = widget.getNormalAppearanceStream();
        try (PDDocument scratch = new PDDocument()) {
            COSDictionary pageDictionary = new COSDictionary();
            pageDictionary.setItem(COSName.TYPE, COSName.PAGE);
            pageDictionary.setItem(COSName.MEDIA_BOX, appearance.getBBox().getCOSArray());
            pageDictionary.setItem(COSName.CONTENTS, appearance.getCOSObject());
            pageDictionary.setItem(COSName.RESOURCES, appearance.getResources().getCOSObject());
            scratch.addPage(new PDPage(pageDictionary));
            return new PDFTextStripper().getText(scratch);
        }
    }
}
