package id.lintas.domain.model.office;

import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A regency's Dinas Dukcapil. Every row of the system belongs to exactly one office, so that a
 * province can run several offices on one database.
 */
@Entity
@Table(name = "office")
public class Office extends IdentifiedEntity {
    @Column(nullable = false, unique = true, length = 4)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 80)
    private String province;

    /** WIB, WITA or WIT as an IANA zone: working hours and deadlines are local. */
    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    /** Its postal address and telephone, where couriers deliver files and collect documents; empty until recorded. */
    @Column(length = 200)
    private String address;

    @Column(length = 30)
    private String phone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** How the public reaches the office (address, telephone, email), as its letters and emails print it. */
    @Column(length = 300)
    private String contact;

    protected Office() {
    }

    public Office(OfficeCode code, String name, String province, ZoneId timeZone) {
        this.code = Objects.requireNonNull(code).value();
        this.name = requireText(name);
        this.province = requireText(province);
        this.timeZone = Objects.requireNonNull(timeZone).getId();
        this.createdAt = Instant.now();
    }

    private static String requireText(String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("blank");
        }
        return s.strip();
    }

    public OfficeCode code() {
        return new OfficeCode(code);
    }

    public String name() {
        return name;
    }

    /**
     * The town the regency or city is named after, where the office signs its letters and
     * documents: {@code Blora} for {@code Kabupaten Blora}, {@code Semarang} for {@code Kota Semarang}.
     */
    public String seat() {
        for (String prefix : java.util.List.of("Kabupaten ", "Kota ")) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    /** How the public reaches the office; empty until recorded. */
    public java.util.Optional<String> contact() {
        return java.util.Optional.ofNullable(contact);
    }

    /** Records how the public reaches the office (1-300 characters). */
    public void reachableAt(String text) {
        if (text == null || text.isBlank() || text.length() > 300) {
            throw new IllegalArgumentException("a contact of 1-300 characters");
        }
        this.contact = text.strip();
    }

    public String province() {
        return province;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    /** Its postal address, where couriers deliver and collect; empty until recorded. */
    public java.util.Optional<String> address() {
        return java.util.Optional.ofNullable(address);
    }

    /** Its telephone number for couriers; empty until recorded. */
    public java.util.Optional<String> phone() {
        return java.util.Optional.ofNullable(phone);
    }

    /** Records where the office is (1-200 characters) and its telephone (up to 30, or none). */
    public void locatedAt(String postalAddress, String telephone) {
        if (postalAddress == null || postalAddress.isBlank() || postalAddress.length() > 200
                || telephone != null && telephone.length() > 30) {
            throw new IllegalArgumentException("an address of 1-200 characters and a telephone of at most 30");
        }
        this.address = postalAddress.strip();
        this.phone = telephone == null || telephone.isBlank() ? null : telephone.strip();
    }
}
