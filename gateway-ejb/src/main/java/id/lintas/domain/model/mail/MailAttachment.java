package id.lintas.domain.model.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;

/** A file attached to an emailed application, kept as it came until the application is decided. */
@Embeddable
public class MailAttachment {
    @Column(name = "file_name", nullable = false, length = 240)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] bytes;

    protected MailAttachment() {
    }

    MailAttachment(IncomingMail.File file) {
        this.fileName = clip(file.fileName().isBlank() ? "lampiran" : file.fileName().strip(), 240);
        this.contentType = clip(file.contentType(), 100);
        this.size = file.bytes().length;
        this.bytes = file.bytes().clone();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public IncomingMail.File file() {
        return new IncomingMail.File(fileName, contentType, bytes);
    }
}
