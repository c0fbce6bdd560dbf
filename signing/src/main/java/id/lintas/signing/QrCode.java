package id.lintas.signing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn into a PDF content stream as vector rectangles (runs of dark modules, merged
 * down the rows where they repeat), error
 * correction M, UTF-8, with its quiet zone. The documents of the TTE issue draw theirs with it too.
 */
public final class QrCode {
    private QrCode() {
    }

    /**
     * Draws the code of {@code payload} as a square of {@code side} points whose bottom left corner
     * is at ({@code x}, {@code y}), the quiet zone of {@code quietZone} modules included.
     */
    public static void draw(PDPageContentStream content, String payload, float x, float y, float side, int quietZone)
            throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN,
                    quietZone, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Isi kode QR terlalu panjang / The QR payload is too long", e);
        }
        float module = side / matrix.getWidth();
        int height = matrix.getHeight();
        // runs of dark modules per row; a run repeated in the rows below grows into one taller rectangle
        Map<Long, int[]> open = new LinkedHashMap<>();
        for (int row = 0; row <= height; row++) {
            Set<Long> continued = new HashSet<>();
            int column = 0;
            while (row < height && column < matrix.getWidth()) {
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                if (column > start) {
                    long key = ((long) start << 32) | column;
                    continued.add(key);
                    int first = row;
                    open.computeIfAbsent(key, k -> new int[] {first, 0})[1]++;
                }
                column++;
            }
            for (var iterator = open.entrySet().iterator(); iterator.hasNext();) {
                var run = iterator.next();
                if (!continued.contains(run.getKey())) {
                    int start = (int) (run.getKey() >>> 32);
                    int end = (int) (long) run.getKey();
                    int top = run.getValue()[0];
                    int rows = run.getValue()[1];
                    content.addRect(x + start * module, y + (height - top - rows) * module, (end - start) * module,
                            rows * module);
                    iterator.remove();
                }
            }
        }
        content.fill();
    }
}
