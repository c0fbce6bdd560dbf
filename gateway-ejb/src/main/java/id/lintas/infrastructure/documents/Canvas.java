package id.lintas.infrastructure.documents;

import id.lintas.signing.QrCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Free drawing on fixed-layout pages (deeds and cards, unlike letters, put each thing at its
 * place): text at a position, centred or wrapped in a box, ruled tables, rectangles, images and QR
 * codes. Text wraps as in letters ({@link LetterLayout#wrap}). Coordinates in points from the bottom left corner; text positions are its top. DejaVu Serif
 * Condensed, embedded as a subset. One canvas draws one document; it is not thread-safe.
 */
final class Canvas {
    static final float MM = 72f / 25.4f;

    private final PDDocument document;
    final PDFont regular;
    final PDFont bold;
    private PDPageContentStream content;
    private PDRectangle size;

    Canvas(PDDocument document) throws IOException {
        this.document = document;
        this.regular = PDType0Font.load(document, new ByteArrayInputStream(LetterLayout.REGULAR_FONT), true);
        this.bold = PDType0Font.load(document, new ByteArrayInputStream(LetterLayout.BOLD_FONT), true);
    }

    /** Starts a new page of the given size; the previous page is finished. */
    void page(PDRectangle pageSize) throws IOException {
        finish();
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        size = pageSize;
    }

    float width() {
        return size.getWidth();
    }

    float height() {
        return size.getHeight();
    }

    /** One line whose top is at {@code top}. */
    void text(float x, float top, String text, PDFont font, float fontSize) throws IOException {
        content.beginText();
        content.setFont(font, fontSize);
        content.newLineAtOffset(x, top - fontSize);
        content.showText(LetterLayout.printable(text, font));
        content.endText();
    }

    /** One line centred on {@code centre}. */
    void centred(float centre, float top, String text, PDFont font, float fontSize) throws IOException {
        text(centre - width(LetterLayout.printable(text, font), font, fontSize) / 2, top, text, font, fontSize);
    }

    /** The text wrapped into lines no wider than {@code boxWidth}; returns the top of the next line. */
    float wrapped(float x, float top, float boxWidth, String text, PDFont font, float fontSize) throws IOException {
        float y = top;
        for (String line : LetterLayout.wrap(text, font, fontSize, boxWidth)) {
            text(x, y, line, font, fontSize);
            y -= leading(fontSize);
        }
        return y;
    }

    /**
     * Rows "label : value" from {@code top}, the label column {@code labelWidth} wide, values
     * wrapped up to {@code right}; returns the top of the next line.
     */
    float fields(float x, float top, float labelWidth, float right, List<List<String>> rows, float fontSize)
            throws IOException {
        float y = top;
        for (List<String> row : rows) {
            text(x, y, row.get(0), regular, fontSize);
            text(x + labelWidth, y, ":", regular, fontSize);
            float valueX = x + labelWidth + fontSize * 0.7f;
            y = wrapped(valueX, y, right - valueX, row.get(1), regular, fontSize);
        }
        return y;
    }

    /** A ruled table, its first row (the header) bold and centred; returns the bottom of the table. */
    float table(float x, float top, float[] widths, List<List<String>> rows, float fontSize) throws IOException {
        float padding = 2;
        float y = top;
        content.setLineWidth(0.5f);
        for (int r = 0; r < rows.size(); r++) {
            PDFont font = r == 0 ? bold : regular;
            List<List<String>> cells = LetterLayout.cells(rows.get(r), widths, font, fontSize, padding);
            float rowHeight = LetterLayout.lines(cells) * leading(fontSize) + 2 * padding;
            float left = x;
            for (int c = 0; c < widths.length; c++) {
                float lineTop = y - padding;
                for (String line : cells.get(c)) {
                    float lineX = r == 0 ? left + (widths[c] - width(line, font, fontSize)) / 2 : left + padding;
                    text(lineX, lineTop, line, font, fontSize);
                    lineTop -= leading(fontSize);
                }
                content.addRect(left, y - rowHeight, widths[c], rowHeight);
                left += widths[c];
            }
            content.stroke();
            y -= rowHeight;
        }
        return y;
    }

    void rectangle(float x, float y, float rectangleWidth, float rectangleHeight, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.addRect(x, y, rectangleWidth, rectangleHeight);
        content.stroke();
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /** A JPEG or PNG image scaled into the box, keeping its proportions, centred. */
    void image(byte[] bytes, float x, float y, float boxWidth, float boxHeight) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, "foto");
        float scale = Math.min(boxWidth / image.getWidth(), boxHeight / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        content.drawImage(image, x + (boxWidth - w) / 2, y + (boxHeight - h) / 2, w, h);
    }

    /** The QR code of {@code payload}, its quiet zone included, as a square with its bottom left corner at (x, y). */
    void qr(String payload, float x, float y, float side) throws IOException {
        QrCode.draw(content, payload, x, y, side, 4);
    }

    void finish() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    float width(String text, PDFont font, float fontSize) throws IOException {
        return font.getStringWidth(LetterLayout.printable(text, font)) / 1000 * fontSize;
    }

    static float leading(float fontSize) {
        return fontSize * 1.3f;
    }
}
