package id.lintas.domain.model.servicecase;

import id.lintas.domain.model.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A remark a member of staff left on a case at one of its steps. */
@Embeddable
public class CaseComment {
    @Column(name = "step_key", length = 60)
    private String stepKey;

    @Column(nullable = false, length = 60)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = 2000)
    private String text;

    protected CaseComment() {
    }

    CaseComment(String stepKey, Actor author, Instant writtenAt, String text) {
        this.stepKey = stepKey;
        this.author = author.username();
        this.role = author.role();
        this.writtenAt = writtenAt;
        this.text = text;
    }

    public String stepKey() {
        return stepKey;
    }

    public String author() {
        return author;
    }

    public Role role() {
        return role;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String text() {
        return text;
    }
}
