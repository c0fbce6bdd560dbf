package id.lintas.sandbox.courier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * The "photo" of a delivery: a small PNG (120 x 90, a parcel on a doorstep in colours drawn from
 * the order id), written by hand so the sandbox needs no graphics libraries or fonts. The same
 * order always gets the same bytes.
 */
final class ProofPhoto {
    static final String CONTENT_TYPE = "image/png";
    private static final int WIDTH = 120;
    private static final int HEIGHT = 90;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ProofPhoto() {
    }

    static byte[] of(String orderId) {
        int hash = orderId.hashCode();
        int[] wall = {200 + (hash & 0x1f), 190 + (hash >> 5 & 0x1f), 170 + (hash >> 10 & 0x1f)};
        int[] parcel = {160 + (hash >> 15 & 0x3f), 110 + (hash >> 21 & 0x1f), 60};
        int[] floor = {120, 100, 80};
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        for (int y = 0; y < HEIGHT; y++) {
            pixels.write(0); // filter: none
            for (int x = 0; x < WIDTH; x++) {
                boolean inParcel = x >= 40 && x < 80 && y >= 35 && y < 70;
                boolean tape = inParcel && (x >= 58 && x < 62 || y >= 50 && y < 53);
                int[] colour = tape ? new int[] {230, 220, 190} : inParcel ? parcel : y >= 70 ? floor : wall;
                pixels.write(colour[0]);
                pixels.write(colour[1]);
                pixels.write(colour[2]);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(WIDTH).putInt(HEIGHT).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", deflate(pixels.toByteArray()));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
