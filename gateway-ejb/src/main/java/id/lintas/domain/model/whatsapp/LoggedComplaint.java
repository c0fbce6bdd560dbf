package id.lintas.domain.model.whatsapp;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A resident's complaint (pengaduan, LANDA MEWA section J), logged as it was written and routed
 * to the kabid: which kabid follows from the service (Capil for the civil registry deeds, Dafduk
 * for KTP-el, KK and KIA); that kabid reads it on the complaints page and answers it once.
 */
@Entity
@Table(name = "wa_complaint")
public class LoggedComplaint extends IdentifiedEntity {
    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "phone", nullable = false, length = 15)
    private String phone;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(length = 20)
    private String reference;

    @Column(name = "service_code", length = 40)
    private String serviceCode;

    @Column(nullable = false, length = Complaint.MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "routed_to", nullable = false, length = 20)
    private Role routedTo;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(length = MAX_ANSWER)
    private String answer;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** The longest answer: it goes back as one WhatsApp text with the office's words around it. */
    public static final int MAX_ANSWER = 1000;

    protected LoggedComplaint() {
    }

    public LoggedComplaint(long officeId, Long conversationId, Complaint complaint, Instant now) {
        this.officeId = officeId;
        this.conversationId = conversationId;
        this.phone = complaint.from().digits();
        this.reference = complaint.reference();
        this.serviceCode = complaint.serviceCode();
        this.text = complaint.text();
        this.routedTo = kabidFor(complaint.serviceCode());
        this.receivedAt = now;
    }

    /** The kabid a complaint about the service goes to: Dafduk for identity documents, Capil otherwise. */
    static Role kabidFor(String serviceCode) {
        return serviceCode != null && java.util.Set.of("KTP_EL", "KK", "KIA").contains(serviceCode) ? Role.KABID_DAFDUK
                : Role.KABID_CAPIL;
    }

    /** The kabid it was routed to answers it, once; the answer goes back to the resident. */
    public void answer(String by, String text, Instant now) {
        if (answeredAt != null) {
            throw new BusinessException("complaint.answered", answeredBy);
        }
        if (text == null || text.isBlank()) {
            throw new BusinessException("complaint.answerEmpty");
        }
        if (text.strip().length() > MAX_ANSWER) {
            throw new BusinessException("complaint.answerTooLong", MAX_ANSWER);
        }
        answer = text.strip();
        answeredBy = java.util.Objects.requireNonNull(by);
        answeredAt = now;
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<String> answeredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public long officeId() {
        return officeId;
    }

    public WaId phone() {
        return new WaId(phone);
    }

    public Optional<Long> conversationId() {
        return Optional.ofNullable(conversationId);
    }

    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public Optional<String> serviceCode() {
        return Optional.ofNullable(serviceCode);
    }

    public String text() {
        return text;
    }

    public Role routedTo() {
        return routedTo;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
