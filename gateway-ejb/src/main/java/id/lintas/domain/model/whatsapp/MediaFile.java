package id.lintas.domain.model.whatsapp;

import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A file a resident sent (a photo or scan of a requirement), downloaded from Meta's media
 * endpoint and checked: its bytes, the type its content shows (never the name's), its SHA-256,
 * and Meta's media id (Meta keeps media for a limited time only, so Lintas keeps its own copy).
 */
@Entity
@Table(name = "wa_media")
public class MediaFile extends IdentifiedEntity {
    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "phone", nullable = false, length = 15)
    private String phone;

    @Column(name = "media_id", nullable = false, length = 100)
    private String mediaId;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "filename", length = 240)
    private String filename;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] bytes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MediaFile() {
    }

    public MediaFile(long officeId, WaId phone, String mediaId, String contentType, String filename, String sha256,
            byte[] bytes, Instant now) {
        this.officeId = officeId;
        this.phone = phone.digits();
        this.mediaId = Objects.requireNonNull(mediaId);
        this.contentType = Objects.requireNonNull(contentType);
        this.filename = filename == null || filename.length() <= 240 ? filename : filename.substring(0, 240);
        this.sha256 = Objects.requireNonNull(sha256);
        this.bytes = bytes.clone();
        this.size = bytes.length;
        this.createdAt = now;
    }

    public long officeId() {
        return officeId;
    }

    public WaId phone() {
        return new WaId(phone);
    }

    public String mediaId() {
        return mediaId;
    }

    public String contentType() {
        return contentType;
    }

    public String filename() {
        return filename;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
