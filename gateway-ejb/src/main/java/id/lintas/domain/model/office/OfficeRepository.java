package id.lintas.domain.model.office;

import java.util.Optional;

public interface OfficeRepository {
    Optional<Office> find(long id);

    Optional<Office> findByCode(OfficeCode code);

    Optional<Institution> findInstitution(Office office, String code);

    Optional<Institution> findInstitution(long id);

    /** The office's partner institutions by type, then name. */
    java.util.List<Institution> institutions(Office office);

    void store(Office office);

    void store(Institution institution);
}
