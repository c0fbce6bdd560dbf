package id.lintas.signing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn into a PDF content stream as vector squares (runs of dark modules per row), error
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
        for (int row = 0; row < matrix.getHeight(); row++) {
            float bottom = y + (matrix.getHeight() - 1 - row) * module;
            int column = 0;
            while (column < matrix.getWidth()) {
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                if (column > start) {
                    content.addRect(x + start * module, bottom, (column - start) * module, module);
                }
                column++;
            }
        }
        content.fill();
    }
}
