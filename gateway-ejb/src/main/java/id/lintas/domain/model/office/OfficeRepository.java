package id.lintas.domain.model.office;

import java.util.Optional;

public interface OfficeRepository {
    Optional<Office> find(long id);

    /** What never changes about an office once it exists, for work that needs no more of it. */
    record Identity(long id, OfficeCode code, java.time.ZoneId timeZone) {
    }

    /**
     * The office's code and time zone; they never change, so an implementation may keep them
     * in memory after the first read (per instance, nothing that must be shared).
     */
    Optional<Identity> identity(long id);

    Optional<Office> findByCode(OfficeCode code);

    Optional<Institution> findInstitution(Office office, String code);

    Optional<Institution> findInstitution(long id);

    /** The office's partner institutions by type, then name. */
    java.util.List<Institution> institutions(Office office);

    void store(Office office);

    void store(Institution institution);
}
