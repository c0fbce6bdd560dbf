package id.lintas.application.servicecase;

import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.servicecase.StepExecution;
import id.lintas.domain.model.servicecase.Supervision;
import id.lintas.domain.model.sop.SopCatalog;
import id.lintas.domain.model.sop.SopDefinition;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Escalates the steps that are past due (run every ten seconds by {@link
 * id.lintas.application.BackgroundJobs}) to the supervising role of their
 * performer and records it. Several instances share the work: each takes the rows it locks
 * ({@code FOR UPDATE SKIP LOCKED}) and never waits for another.
 */
@Stateless
public class StepEscalation {
    private static final Logger LOG = Logger.getLogger(StepEscalation.class.getName());
    private static final int BATCH = 200;

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Inject
    SopCatalog catalog;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void escalateOverdue() {
        escalate(clock.instant());
    }

    /** Escalates up to one batch of steps past due at {@code now}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int escalate(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from step_execution where finished_at is null"
                + " and escalated_at is null and due_at < ?1 order by due_at limit " + BATCH + " for update skip locked")
                .setParameter(1, java.sql.Timestamp.from(now)).getResultList();
        for (Number id : ids) {
            StepExecution step = em.find(StepExecution.class, id.longValue());
            SopDefinition sop = catalog.byId(step.serviceCase().sopDefinitionId());
            Role performer = sop.step(step.stepKey()).orElseThrow().role();
            Role supervisor = Supervision.of(performer, sop);
            step.escalate(supervisor, now);
            audit.append(new AuditEntry(now, step.serviceCase().officeId(), "system", AuditAction.STEP_ESCALATED,
                    step.serviceCase().caseNumber(), step.stepKey() + " " + performer + " -> " + supervisor, null));
        }
        if (!ids.isEmpty()) {
            LOG.info(() -> ids.size() + " late steps escalated");
        }
        return ids.size();
    }
}
