package id.lintas.application.audit;

import id.lintas.infrastructure.persistence.audit.JdbcAuditSeals;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals new audit entries into the hash chain (run every two seconds by {@link
 * id.lintas.application.BackgroundJobs}). Every instance of a deployment group runs it; a
 * PostgreSQL advisory lock lets one seal at a time.
 */
@Stateless
public class AuditSealing {
    private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());
    private static final int BATCH = 5000;

    @Inject
    JdbcAuditSeals seals;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sealPending() {
        try {
            int sealed = seals.sealPending(BATCH);
            if (sealed == BATCH) {
                LOG.fine("audit sealing is behind; more entries wait for the next run");
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "audit sealing failed; it is retried in two seconds", e);
        }
    }
}
