package id.lintas.domain.model.servicecase;

import java.util.Optional;

/** Cases, loaded with their SOP version and their office's calendar attached. */
public interface ServiceCaseRepository {
    Optional<ServiceCase> find(long id);

    void store(ServiceCase serviceCase);

    /** The next number of the office-wide case counter (one database sequence, safe with several instances). */
    long nextSerial();
}
