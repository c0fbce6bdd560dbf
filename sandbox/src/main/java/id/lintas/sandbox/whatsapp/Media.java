package id.lintas.sandbox.whatsapp;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One media object as Meta keeps it: a numeric id, its MIME type, size, SHA-256 (lower-case hex)
 * and bytes, who it came from ({@code business} for an upload, otherwise the phone's wa_id) and
 * its file name when it has one. A media object of a declared size (a phone's 40 MB video) keeps
 * no bytes: they are filler generated from the id, the same on every download, so a test can meet
 * a large file without the sandbox holding it.
 */
record Media(String id, String mimeType, long size, String sha256, byte[] bytes, String filename, String owner, Instant created) {
    static final String BUSINESS = "business";
    private static final int CHUNK = 1 << 16;

    static Media of(String id, String mimeType, byte[] bytes, String filename, String owner, Instant created) {
        return new Media(id, mimeType, bytes.length, hex(digest().digest(bytes)), bytes.clone(), filename, owner, created);
    }

    /** Filler bytes of {@code size}, streamed, never stored. */
    static Media declared(String id, String mimeType, long size, String filename, String owner, Instant created) {
        MessageDigest sha = digest();
        byte[] chunk = new byte[CHUNK];
        for (long offset = 0; offset < size; offset += CHUNK) {
            int length = (int) Math.min(CHUNK, size - offset);
            fill(id, offset, chunk, length);
            sha.update(chunk, 0, length);
        }
        return new Media(id, mimeType, size, hex(sha.digest()), null, filename, owner, created);
    }

    void writeTo(OutputStream out) throws IOException {
        if (bytes != null) {
            out.write(bytes);
            return;
        }
        byte[] chunk = new byte[CHUNK];
        for (long offset = 0; offset < size; offset += CHUNK) {
            int length = (int) Math.min(CHUNK, size - offset);
            fill(id, offset, chunk, length);
            out.write(chunk, 0, length);
        }
    }

    private static void fill(String id, long offset, byte[] chunk, int length) {
        int seed = id.hashCode();
        for (int i = 0; i < length; i++) {
            long position = offset + i;
            chunk[i] = (byte) (seed ^ position ^ (position >>> 8) * 31);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
