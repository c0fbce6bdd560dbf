package id.lintas.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The visible signature: the QR code on the left (vector squares, quiet zone of two modules), and
 * beside it who signed, as what, when, and the TTE footer. DejaVu Sans Condensed, embedded as a
 * subset. Drawn into the widget's appearance stream of the signature being made, so it is part of
 * the signed revision.
 */
final class VisibleSignature {
    private static final float CM = 72f / 2.54f;
    private static final int QUIET_ZONE = 2;
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSansCondensed.ttf";
    private static final byte[] FONT_BYTES = fontBytes();
    /** Parsed once per thread: a TrueTypeFont reads its tables lazily and is not thread-safe. */
    private static final ThreadLocal<TrueTypeFont> PARSED = ThreadLocal.withInitial(VisibleSignature::parse);
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};

    private VisibleSignature() {
    }

    static void draw(PDDocument document, PDSignature signature, PDPage page, Appearance.Visible visible,
            X509Certificate signer, Instant at) throws IOException {
        PDAnnotationWidget widget = widgetOf(document, signature);
        PDRectangle crop = page.getCropBox();
        Appearance.Box box = visible.box() != null ? visible.box()
                : new Appearance.Box(crop.getLowerLeftX() + 1.5f * CM, crop.getLowerLeftY() + 0.6f * CM,
                        crop.getWidth() - 3 * CM, 2.5f * CM);
        widget.setRectangle(new PDRectangle(box.x(), box.y(), box.width(), box.height()));

        PDAppearanceStream appearance = new PDAppearanceStream(document);
        appearance.setBBox(new PDRectangle(box.width(), box.height()));
        appearance.setResources(new PDResources());
        PDFont font = PDType0Font.load(document, PARSED.get(), true);
        try (PDPageContentStream content = new PDPageContentStream(document, appearance)) {
            float side = Math.min(box.height(), box.width() / 3);
            QrCode.draw(content, visible.qrPayload(), 0, (box.height() - side) / 2, side, QUIET_ZONE);
            float x = side + 0.15f * CM;
            float width = box.width() - x;
            float y = box.height() - 8.5f;
            String name = Names.commonName(signer.getSubjectX500Principal());
            String title = Names.title(signer.getSubjectX500Principal());
            String office = Names.organisation(signer.getSubjectX500Principal());
            y = lines(content, font, 6.5f, x, y, width, "Ditandatangani secara elektronik oleh:");
            y = lines(content, font, 8.5f, x, y - 1, width, name);
            y = lines(content, font, 6.5f, x, y, width, title == null ? office : title + ", " + office);
            y = lines(content, font, 6.5f, x, y, width, "Tanggal: " + indonesian(at));
            String footer = visible.footer() != null ? visible.footer()
                    : String.format(Appearance.FOOTER, Names.organisation(signer.getIssuerX500Principal()));
            lines(content, font, 5.5f, x, y - 2, width, footer);
        }
        PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
        dictionary.setNormalAppearance(appearance);
        widget.setAppearance(dictionary);
    }

    private static PDAnnotationWidget widgetOf(PDDocument document, PDSignature signature) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            PDSignature value = field.getSignature();
            if (value != null && value.getCOSObject() == signature.getCOSObject()) {
                return field.getWidgets().get(0);
            }
        }
        throw new IllegalStateException("The signature just added has no field");
    }

    /** Writes {@code text} wrapped to {@code width} from baseline {@code y} down; returns the next baseline. */
    private static float lines(PDPageContentStream content, PDFont font, float size, float x, float y, float width,
            String text) throws IOException {
        float baseline = y;
        for (String line : wrap(text, font, size, width)) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(line);
            content.endText();
            baseline -= size * 1.2f;
        }
        return baseline;
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String indonesian(Instant at) {
        ZonedDateTime local = at.atZone(PadesSigner.JAKARTA);
        return String.format("%d %s %d, %02d:%02d WIB", local.getDayOfMonth(), MONTHS[local.getMonthValue() - 1],
                local.getYear(), local.getHour(), local.getMinute());
    }

    private static TrueTypeFont parse() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fontBytes() {
        try (InputStream in = VisibleSignature.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT + " is not on the class path (net.sf.jasperreports:jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
