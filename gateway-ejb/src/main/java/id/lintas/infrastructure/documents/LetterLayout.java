package id.lintas.infrastructure.documents;

import id.lintas.signing.QrCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a letter out on A4 pages, top to bottom: the kop surat, centred titles, paragraphs, rows of
 * "label : value", ruled tables, the signature block and the verification QR code. Text wraps at
 * word boundaries (a word wider than its column is cut), and a block that does not fit the rest of
 * the page goes to a new one, so nothing is ever drawn outside the margins. The band above the
 * bottom margin is kept free on every page for the QR code, which is drawn in its left corner on
 * the last page; only the signature block, in the right column, may reach down beside it.
 *
 * <p>The text is set in DejaVu Serif Condensed, embedded as a subset. One layout draws one
 * document; it is not thread-safe.
 */
final class LetterLayout {
    private static final float CM = 72f / 2.54f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    /** The margins of Indonesian official letters: 3 cm left, 2 cm elsewhere. */
    static final float LEFT = 3 * CM;
    static final float RIGHT = PAGE.getWidth() - 2 * CM;
    static final float TOP = PAGE.getHeight() - 2 * CM;
    static final float BOTTOM = 2 * CM;
    /** The side of the QR code, its quiet zone included. */
    private static final float QR_SIZE = 2.8f * CM;
    /** The white margin a QR code needs around it, in modules. */
    private static final int QUIET_ZONE = 4;
    /** The lowest a line of text across the page may reach: above the QR band. */
    private static final float FLOOR = BOTTOM + QR_SIZE + 0.3f * CM;
    /** Where the date beside the letter's number and the signature block start; the QR band ends before. */
    private static final float SIGNATURE_X = LEFT + 0.55f * (RIGHT - LEFT);
    private static final float FIELD_INDENT = 0.75f * CM;
    private static final float FIELD_LABEL = 4.6f * CM;
    private static final float BODY = 11;
    private static final float SMALL = 8.5f;
    private static final float SIGNATURE_SPACE = 2.2f * CM;
    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    static final byte[] REGULAR_FONT = font("DejaVuSerifCondensed.ttf");
    static final byte[] BOLD_FONT = font("DejaVuSerifCondensed-Bold.ttf");

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream content;
    private float y;

    LetterLayout(PDDocument document) throws IOException {
        this.document = document;
        this.regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR_FONT), true);
        this.bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD_FONT), true);
        newPage();
    }

    /** The kop surat: the authority above, the institution's name, its address and contact, over a double rule. */
    void letterhead(Letter.Institution institution) throws IOException {
        if (institution.authority() != null) {
            centred(institution.authority().toUpperCase(Locale.ROOT), bold, 12, false);
        }
        centred(institution.name().toUpperCase(Locale.ROOT), bold, 14, false);
        centred(institution.address(), regular, 9.5f, false);
        if (institution.contact() != null) {
            centred(institution.contact(), regular, 9.5f, false);
        }
        y -= 4;
        content.setLineWidth(1.6f);
        line(LEFT, y, RIGHT, y);
        content.setLineWidth(0.6f);
        line(LEFT, y - 2.6f, RIGHT, y - 2.6f);
        y -= 18;
    }

    /** The title of the letter, bold and underlined, over its number, both centred. */
    void title(String title, String number) throws IOException {
        centred(title, bold, 12.5f, true);
        centred("Nomor: " + number, regular, BODY, false);
        y -= leading(BODY);
    }

    void paragraph(String text) throws IOException {
        paragraph(List.of(text));
    }

    /** Lines that belong together, e.g. an address, each wrapped, with no space between them. */
    void paragraph(List<String> lines) throws IOException {
        rows(LEFT, new float[] {RIGHT - LEFT}, lines.stream().map(List::of).toList(), false);
        y -= leading(BODY) / 3;
    }

    /** Indented rows "label : value"; long values wrap under themselves. */
    void fields(List<List<String>> labelsAndValues) throws IOException {
        labelled(LEFT + FIELD_INDENT, FIELD_LABEL, labelsAndValues);
    }

    /** The Nomor, Lampiran and Perihal of a letter: rows "label : value" at the margin. */
    void particulars(List<List<String>> labelsAndValues) throws IOException {
        labelled(LEFT, 2.2f * CM, labelsAndValues);
    }

    private void labelled(float x, float labelWidth, List<List<String>> labelsAndValues) throws IOException {
        List<List<String>> rows = labelsAndValues.stream().map(row -> List.of(row.get(0), ":", row.get(1))).toList();
        rows(x, new float[] {labelWidth, 0.4f * CM, RIGHT - x - labelWidth - 0.4f * CM}, rows, false);
        y -= leading(BODY) / 3;
    }

    /** A numbered list "1. item", indented; long items wrap under themselves. */
    void numbered(List<String> items) throws IOException {
        float x = LEFT + FIELD_INDENT;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(List.of((i + 1) + ".", items.get(i)));
        }
        rows(x, new float[] {0.7f * CM, RIGHT - x - 0.7f * CM}, rows, false);
        y -= leading(BODY) / 3;
    }

    /** A ruled table across the text width, the first row (the header) in bold; widths are fractions. */
    void table(float[] fractions, List<List<String>> rows) throws IOException {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = fractions[i] * (RIGHT - LEFT);
        }
        rows(LEFT, widths, rows, true);
        y -= leading(BODY) / 2;
    }

    /** Lines in the signature column, e.g. the place and date of a letter beside its number. */
    void aside(String text) throws IOException {
        rows(SIGNATURE_X, new float[] {RIGHT - SIGNATURE_X}, List.of(List.of(text)), false);
    }

    /**
     * The signature block in the right column: the heading (e.g. place and date), the signer's
     * jabatan, room for the signature and stamp, the name in bold underlined, and the NIP. It is
     * kept on one page.
     *
     * @param heading the line above the jabatan, or null for none
     */
    void signature(String heading, Letter.Signer signer) throws IOException {
        float width = RIGHT - SIGNATURE_X;
        List<String> top = new ArrayList<>(heading == null ? List.of() : wrap(heading, regular, BODY, width));
        top.addAll(wrap(signer.position(), regular, BODY, width));
        List<String> name = wrap(signer.name(), bold, BODY, width);
        int lines = top.size() + name.size() + (signer.nip() == null ? 0 : 1);
        y -= leading(BODY);
        ensureSpace(lines * leading(BODY) + SIGNATURE_SPACE, BOTTOM);
        for (String line : top) {
            text(SIGNATURE_X, line, regular, BODY, false);
        }
        y -= SIGNATURE_SPACE;
        for (String line : name) {
            text(SIGNATURE_X, line, bold, BODY, true);
        }
        if (signer.nip() != null) {
            text(SIGNATURE_X, "NIP. " + signer.nip(), regular, BODY, false);
        }
    }

    /**
     * The QR code of the verification address in the bottom left corner of the current (last)
     * page, drawn as vector squares with its quiet zone of four modules, and a caption beside it.
     */
    void verification(URI address) throws IOException {
        QrCode.draw(content, address.toString(), LEFT, BOTTOM, QR_SIZE, QUIET_ZONE);
        float x = LEFT + QR_SIZE + 0.2f * CM;
        float captionWidth = SIGNATURE_X - 0.3f * CM - x;
        // the caption starts level with the top of the code, about four modules of a typical address's code below the edge
        y = BOTTOM + QR_SIZE - 0.25f * CM;
        for (String caption : List.of("Pindai kode QR ini untuk memeriksa keaslian surat pada:", address.toString())) {
            for (String line : wrap(caption, regular, SMALL, captionWidth)) {
                text(x, line, regular, SMALL, false);
            }
        }
    }

    void finish() throws IOException {
        content.close();
    }

    private void rows(float x, float[] widths, List<List<String>> rows, boolean ruled) throws IOException {
        float padding = ruled ? 3 : 0;
        for (int r = 0; r < rows.size(); r++) {
            PDFont font = ruled && r == 0 ? bold : regular;
            List<List<String>> cells = cells(rows.get(r), widths, font, BODY, padding);
            float height = lines(cells) * leading(BODY) + 2 * padding;
            ensureSpace(height);
            float top = y;
            float left = x;
            for (int c = 0; c < widths.length; c++) {
                y = top - padding;
                for (String line : cells.get(c)) {
                    text(left + padding, line, font, BODY, false);
                }
                if (ruled) {
                    content.setLineWidth(0.6f);
                    content.addRect(left, top - height, widths[c], height);
                    content.stroke();
                }
                left += widths[c];
            }
            y = top - height;
        }
    }

    private void centred(String text, PDFont font, float size, boolean underline) throws IOException {
        for (String line : wrap(text, font, size, RIGHT - LEFT)) {
            ensureSpace(leading(size));
            text(LEFT + (RIGHT - LEFT - width(line, font, size)) / 2, line, font, size, underline);
        }
    }

    /** One line whose top is at the cursor, which moves down by the line's leading. */
    private void text(float x, String line, PDFont font, float size, boolean underline) throws IOException {
        float baseline = y - size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
        if (underline) {
            content.setLineWidth(size / 16);
            line(x, baseline - size / 8, x + width(line, font, size), baseline - size / 8);
        }
        y -= leading(size);
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    private void ensureSpace(float height) throws IOException {
        ensureSpace(height, FLOOR);
    }

    /** Goes on on a new page unless {@code height} fits above {@code floor}. */
    private void ensureSpace(float height, float floor) throws IOException {
        if (y - height < floor) {
            content.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    /**
     * The text in lines no wider than {@code width}: broken at spaces, a word wider than a line cut
     * where it reaches the edge. Runs of white space count as one space; a character the font has
     * no glyph for is printed as '?'.
     */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : printable(text, font).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (width(line, font, size) > width) {
                int cut = line.offsetByCodePoints(0, 1);
                while (width(line.substring(0, line.offsetByCodePoints(cut, 1)), font, size) <= width) {
                    cut = line.offsetByCodePoints(cut, 1);
                }
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        lines.add(line);
        return lines;
    }

    /** The cells of a table row, each wrapped to its column's width less the padding on both sides. */
    static List<List<String>> cells(List<String> row, float[] widths, PDFont font, float size, float padding)
            throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            cells.add(wrap(row.get(c), font, size, widths[c] - 2 * padding));
        }
        return cells;
    }

    /** The lines of the row's tallest cell. */
    static int lines(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    static String printable(String text, PDFont font) throws IOException {
        StringBuilder printable = new StringBuilder();
        for (int codePoint : text.strip().replaceAll("\\s+", " ").codePoints().toArray()) {
            String character = Character.toString(codePoint);
            try {
                font.encode(character);
                printable.append(character);
            } catch (IllegalArgumentException noGlyph) {
                printable.append('?');
            }
        }
        return printable.toString();
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static float leading(float size) {
        return size * 1.35f;
    }

    private static byte[] font(String file) {
        try (InputStream in = LetterLayout.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT_DIR + file + " is not on the class path"
                        + " (net.sf.jasperreports:jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
