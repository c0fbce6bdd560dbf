package id.lintas.domain.model.office;

import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A hospital, puskesmas, courier, school or village office working with one Dukcapil office. */
@Entity
@Table(name = "institution")
public class Institution extends IdentifiedEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private Office office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstitutionType type;

    /** The office's own code for the institution (e.g. the hospital's registration code). */
    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 160)
    private String name;

    @jakarta.persistence.Column(length = 200)
    private String address;

    @Column(length = 30)
    private String phone;

    protected Institution() {
    }

    public Institution(Office office, InstitutionType type, String code, String name) {
        this.office = Objects.requireNonNull(office);
        this.type = Objects.requireNonNull(type);
        this.code = Objects.requireNonNull(code).strip();
        this.name = Objects.requireNonNull(name).strip();
    }

    /** Its postal address, as its letterhead (kop surat) shows it; empty until recorded. */
    public java.util.Optional<String> address() {
        return java.util.Optional.ofNullable(address);
    }

    /** Its telephone, for the courier who collects or delivers a file there; empty until recorded. */
    public java.util.Optional<String> phone() {
        return java.util.Optional.ofNullable(phone);
    }

    /** Records its telephone (up to 30 characters). */
    public void callableAt(String telephone) {
        if (telephone == null || telephone.isBlank() || telephone.length() > 30) {
            throw new IllegalArgumentException("a telephone of 1-30 characters");
        }
        this.phone = telephone.strip();
    }

    /** Records where it is. */
    public void locatedAt(String postalAddress) {
        if (postalAddress == null || postalAddress.isBlank() || postalAddress.length() > 200) {
            throw new IllegalArgumentException("an address of 1-200 characters");
        }
        this.address = postalAddress.strip();
    }

    public Office office() {
        return office;
    }

    public InstitutionType type() {
        return type;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
