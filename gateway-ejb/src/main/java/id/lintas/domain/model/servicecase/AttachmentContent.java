package id.lintas.domain.model.servicecase;

import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The bytes of an attachment, in a table of their own so that listing attachments never reads them. */
@Entity
@Table(name = "case_attachment_content")
public class AttachmentContent extends IdentifiedEntity {
    @Column(nullable = false)
    private byte[] bytes;

    protected AttachmentContent() {
    }

    AttachmentContent(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
