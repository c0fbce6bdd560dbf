package id.lintas.signing;

import id.lintas.signing.testpki.DemoPki;
import id.lintas.signing.tsa.TimestampAuthority;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

/** One demo PKI, one TSA over HTTP and one kadis PKCS#12 file for the whole test run. */
final class Fixtures {
    static final char[] PASSPHRASE = "rahasia-kadis".toCharArray();
    static final DemoPki PKI = DemoPki.generate();
    static final TimestampAuthority.Server TSA = serve();
    static final HttpTimestampClient TSA_CLIENT = new HttpTimestampClient(TSA.url());
    static final Path DIRECTORY = directory();
    static final Path KADIS_P12 = DIRECTORY.resolve("kadis.p12");

    private Fixtures() {
    }

    /** Where the tests leave their PKI and signed files, for a look afterwards. */
    static Path output(String name) {
        return DIRECTORY.resolve(name);
    }

    /** A one-page A4 letter, in the style of the akta kelahiran; its content stream uncompressed, so tests can change a word in it. */
    static byte[] letter(String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 14);
                content.newLineAtOffset(72, 760);
                content.showText("KUTIPAN AKTA KELAHIRAN");
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(0, -30);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TimestampAuthority.Server serve() {
        try {
            return PKI.timestampAuthority().serve(new InetSocketAddress("127.0.0.1", 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() {
        try {
            Path directory = Path.of("target", "signing-tests").toAbsolutePath();
            PKI.writeTo(directory, PASSPHRASE);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Debian's pdfsig on {@code file}: its report (it exits 0 even on a digest mismatch, so the text is what counts). */
    static String pdfsig(Path file) throws IOException, InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")),
                "pdfsig (Debian poppler-utils) is not installed; .ci/run installs it");
        Process process = new ProcessBuilder("/usr/bin/pdfsig", file.toString()).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return text;
    }

    /** The same bytes with the first {@code from} replaced by {@code to} (same length). */
    static byte[] replaced(byte[] pdf, String from, String to) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf(from);
        if (at < 0 || from.length() != to.length()) {
            throw new IllegalArgumentException(from + " not in the file");
        }
        byte[] changed = pdf.clone();
        System.arraycopy(to.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, changed, at, to.length());
        return changed;
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
