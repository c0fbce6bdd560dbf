package id.lintas.domain.model.identity;

import id.lintas.domain.shared.IdentifiedEntity;
import id.lintas.domain.model.office.Institution;
import id.lintas.domain.model.office.Office;
import id.lintas.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's login. It belongs to one office and has one role; an external actor's account
 * also belongs to one institution of a type its role accepts, and office staff belong to none.
 * The password is stored only as a PBKDF2 hash produced by the container's
 * {@code Pbkdf2PasswordHash}.
 */
@Entity
@Table(name = "app_user")
public class UserAccount extends IdentifiedEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private Office office;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    private UserAccount(Office office, Institution institution, Username username, String fullName, Role role,
            String passwordHash) {
        this.office = Objects.requireNonNull(office);
        this.institution = institution;
        this.username = username.value();
        if (fullName == null || fullName.isBlank()) {
            throw new BusinessException("user.fullName.required");
        }
        this.fullName = fullName.strip();
        this.role = Objects.requireNonNull(role);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.active = true;
        this.createdAt = Instant.now();
    }

    /** An account of the office's own staff (operator, kasi, kabid, kadis, admin). */
    public static UserAccount staff(Office office, Username username, String fullName, Role role, String passwordHash) {
        if (role.isExternal()) {
            throw new BusinessException("user.institution.required", role.name());
        }
        return new UserAccount(office, null, username, fullName, role, passwordHash);
    }

    /** An account of an outside institution's operator (hospital, courier, school, village). */
    public static UserAccount external(Institution institution, Username username, String fullName, Role role,
            String passwordHash) {
        Objects.requireNonNull(institution);
        if (!role.acceptsInstitution(institution.type())) {
            throw new BusinessException("user.institution.mismatch", role.name(), institution.type().name());
        }
        return new UserAccount(institution.office(), institution, username, fullName, role, passwordHash);
    }

    public void deactivate() {
        this.active = false;
    }

    public Office office() {
        return office;
    }

    public Optional<Institution> institution() {
        return Optional.ofNullable(institution);
    }

    public Username username() {
        return new Username(username);
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
