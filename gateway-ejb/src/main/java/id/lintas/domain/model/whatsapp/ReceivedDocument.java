package id.lintas.domain.model.whatsapp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * A required document the resident sent: which requirement it answers (and whether as its
 * alternative, an SPTJM), the message and Meta's media id it came with, and the stored file.
 */
@Embeddable
public class ReceivedDocument {
    @Column(name = "requirement_key", nullable = false, length = 60)
    private String requirementKey;

    @Column(name = "alternative", nullable = false)
    private boolean alternative;

    @Column(name = "wamid", nullable = false, length = 128)
    private String wamid;

    @Column(name = "media_id", length = 100)
    private String mediaId;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ReceivedDocument() {
    }

    ReceivedDocument(String requirementKey, boolean alternative, String wamid, String mediaId, long fileId, Instant receivedAt) {
        this.requirementKey = Objects.requireNonNull(requirementKey);
        this.alternative = alternative;
        this.wamid = Objects.requireNonNull(wamid);
        this.mediaId = mediaId;
        this.fileId = fileId;
        this.receivedAt = Objects.requireNonNull(receivedAt);
    }

    public String requirementKey() {
        return requirementKey;
    }

    public boolean alternative() {
        return alternative;
    }

    public String wamid() {
        return wamid;
    }

    public String mediaId() {
        return mediaId;
    }

    public long fileId() {
        return fileId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
