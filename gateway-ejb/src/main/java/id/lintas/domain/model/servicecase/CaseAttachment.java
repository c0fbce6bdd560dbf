package id.lintas.domain.model.servicecase;

import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** A file attached to a case (a scan of a requirement, a photo), with its checksum and who added it when. */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment extends IdentifiedEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private ServiceCase serviceCase;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FileKind kind;

    @Column(nullable = false)
    private int size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "step_key", length = 60)
    private String stepKey;

    @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @OneToOne(optional = false, fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "content_id")
    private AttachmentContent content;

    protected CaseAttachment() {
    }

    CaseAttachment(ServiceCase serviceCase, String label, String fileName, byte[] bytes, String stepKey, Actor by,
            Instant at) {
        this.kind = FileKind.of(bytes);
        this.serviceCase = serviceCase;
        this.label = clip(label == null || label.isBlank() ? fileName : label.strip(), 200);
        this.fileName = clip(fileName == null || fileName.isBlank() ? "lampiran" : safeName(fileName), 200);
        this.size = bytes.length;
        this.sha256 = sha256(bytes);
        this.stepKey = stepKey;
        this.addedBy = by.username();
        this.addedAt = at;
        this.content = new AttachmentContent(bytes);
    }

    /** Only the last part of what a browser sends as a file name, without control characters. */
    private static String safeName(String name) {
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        return last.replaceAll("[\\p{Cntrl}\"]", "_");
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ServiceCase serviceCase() {
        return serviceCase;
    }

    public String label() {
        return label;
    }

    public String fileName() {
        return fileName;
    }

    public FileKind kind() {
        return kind;
    }

    public int size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String stepKey() {
        return stepKey;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public byte[] bytes() {
        return content.bytes();
    }
}
