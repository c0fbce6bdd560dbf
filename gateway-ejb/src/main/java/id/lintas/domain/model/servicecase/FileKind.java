package id.lintas.domain.model.servicecase;

import id.lintas.domain.shared.BusinessException;

/**
 * The files a case accepts as attachments (scans and photos of requirements): PDF, JPEG and PNG,
 * recognised by their first bytes, never by their name, and at most {@value #MAX_BYTES} bytes.
 */
public enum FileKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String contentType;
    private final byte[] magic;

    FileKind(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The kind of the content, or a refusal: empty, too large, or not a PDF, JPEG or PNG. */
    public static FileKind of(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("attachment.tooLarge", content.length / (1024 * 1024), MAX_BYTES / (1024 * 1024));
        }
        for (FileKind kind : values()) {
            if (startsWith(content, kind.magic)) {
                return kind;
            }
        }
        throw new BusinessException("attachment.type");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
