package id.lintas.domain.model.servicecase;

import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.sop.ItemKind;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * One item of a case whose SOP works per item: a student of a school's KIA batch (SMART KIDS)
 * or a target resident of an outreach request (SI JARAN IJO).
 */
@Entity
@Table(name = "case_item")
public class CaseItem extends IdentifiedEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private ServiceCase serviceCase;

    /** The item's number within its case, from 1: how staff and the API name it. */
    @Column(name = "item_no", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ItemKind kind;

    @Column(nullable = false, length = 160)
    private String label;

    @Column(length = 16)
    private String nik;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ItemStatus status;

    @Column(length = 1000)
    private String note;

    protected CaseItem() {
    }

    CaseItem(ServiceCase serviceCase, int number, ItemKind kind, String label, Nik nik) {
        if (label == null || label.isBlank()) {
            throw new BusinessException("case.item.labelRequired");
        }
        this.serviceCase = serviceCase;
        this.number = number;
        this.kind = kind;
        this.label = label.strip();
        this.nik = nik == null ? null : nik.value();
        this.status = ItemStatus.ACTIVE;
    }

    void setAside(String reason) {
        status = ItemStatus.RETURNED;
        note = reason;
    }

    void reactivate() {
        status = ItemStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == ItemStatus.ACTIVE;
    }

    public int number() {
        return number;
    }

    public ItemKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public Optional<Nik> nik() {
        return Optional.ofNullable(nik).map(Nik::new);
    }

    public ItemStatus status() {
        return status;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
