package id.lintas.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
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
 * beside it who signed, as what, when, and the TTE footer. Drawn into the widget's appearance
 * stream of the signature being made, so it is part of the signed revision.
 *
 * <p>The font is DejaVu Sans Condensed. Subsetting the 680 KB font for every document costs more
 * than the signature itself, so a subset of Basic Latin and Latin-1 is made once and embedded whole
 * (about 30 KB, without the GSUB table, so PDFBox does no shaping); a text with other characters
 * falls back to subsetting the full font.
 */
final class VisibleSignature {
    private static final float CM = 72f / 2.54f;
    private static final int QUIET_ZONE = 2;
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSansCondensed.ttf";
    private static final byte[] FONT_BYTES = fontBytes();
    /** The characters of the pre-made subset: Basic Latin and Latin-1 Supplement. */
    private static final Set<Integer> LATIN = latin();
    private static final byte[] LATIN_FONT = latinSubset();
    /** Parsed once per thread: a TrueTypeFont reads its tables lazily and is not thread-safe. */
    private static final ThreadLocal<TrueTypeFont> LATIN_PARSED = ThreadLocal.withInitial(() -> parse(LATIN_FONT));
    private static final ThreadLocal<TrueTypeFont> FULL_PARSED = ThreadLocal.withInitial(() -> parse(FONT_BYTES));
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
        String name = Names.commonName(signer.getSubjectX500Principal());
        String title = Names.title(signer.getSubjectX500Principal());
        String office = Names.organisation(signer.getSubjectX500Principal());
        String role = title == null ? office : title + ", " + office;
        String footer = visible.footer() != null ? visible.footer()
                : String.format(Appearance.FOOTER, Names.organisation(signer.getIssuerX500Principal()));
        boolean latin = (name + role + footer).codePoints().allMatch(LATIN::contains);
        PDFont font = latin ? PDType0Font.load(document, LATIN_PARSED.get(), false)
                : PDType0Font.load(document, FULL_PARSED.get(), true);
        try (PDPageContentStream content = new PDPageContentStream(document, appearance)) {
            float side = Math.min(box.height(), box.width() / 3);
            QrCode.draw(content, visible.qrPayload(), 0, (box.height() - side) / 2, side, QUIET_ZONE);
            float x = side + 0.15f * CM;
            float width = box.width() - x;
            float y = box.height() - 8.5f;
            y = lines(content, font, 6.5f, x, y, width, "Ditandatangani secara elektronik oleh:");
            y = lines(content, font, 8.5f, x, y - 1, width, name);
            y = lines(content, font, 6.5f, x, y, width, role);
            y = lines(content, font, 6.5f, x, y, width, "Tanggal: " + indonesian(at));
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
        float space = font.getStringWidth(" ") / 1000 * size;
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (String word : text.strip().split("\\s+")) {
            float wordWidth = font.getStringWidth(word) / 1000 * size;
            if (!line.isEmpty() && used + space + wordWidth > width) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            if (!line.isEmpty()) {
                line.append(' ');
                used += space;
            }
            line.append(word);
            used += wordWidth;
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

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Integer> latin() {
        Set<Integer> characters = new HashSet<>();
        for (int c = 0x20; c <= 0x7e; c++) {
            characters.add(c);
        }
        for (int c = 0xa0; c <= 0xff; c++) {
            characters.add(c);
        }
        return Set.copyOf(characters);
    }

    private static byte[] latinSubset() {
        try (TrueTypeFont full = parse(FONT_BYTES)) {
            // no GSUB: PDFBox would run its (regex-based) shaping over every line, and Latin needs none
            TTFSubsetter subsetter = new TTFSubsetter(full, List.of("head", "hhea", "loca", "maxp", "cvt ", "prep",
                    "glyf", "hmtx", "fpgm", "gasp", "name", "cmap", "post", "OS/2"));
            subsetter.addAll(LATIN);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
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
