package id.lintas.domain.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/**
 * An entity identified by a database-generated number: equal to another only when both are
 * the same row (or the same unsaved object).
 */
@MappedSuperclass
public abstract class IdentifiedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    public Long id() {
        return id;
    }

    @Override
    public final boolean equals(Object o) {
        return this == o || o != null && o.getClass() == getClass() && id != null && id.equals(((IdentifiedEntity) o).id);
    }

    @Override
    public final int hashCode() {
        return Objects.hashCode(id);
    }
}
