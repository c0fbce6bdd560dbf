package id.lintas.application.courier;

import id.lintas.application.servicecase.ActorLookup;
import id.lintas.application.servicecase.CaseService;
import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.courier.CourierReport;
import id.lintas.domain.model.courier.Shipment;
import id.lintas.domain.model.courier.ShipmentRepository;
import id.lintas.domain.model.courier.ShipmentStatus;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * The chain of custody of the paper files: the courier company's status reports (from its
 * webhook) and what the office's courier confirms in the portal. A report that the file was
 * delivered completes the courier step of the case, in the courier company's name.
 */
@Stateless
@RolesAllowed(Role.Names.COURIER)
public class CourierLegs {
    /** What became of a courier's report. */
    public enum Receipt {
        /** Recorded in the chain of custody (and, for a delivery, the step completed). */
        RECORDED,
        /** Recorded before: the courier sent it again. */
        ALREADY_RECORDED,
        /** No courier leg has this order. */
        UNKNOWN_ORDER
    }

    @Inject
    ShipmentRepository shipments;

    @Inject
    ServiceCaseRepository cases;

    @Inject
    ActorLookup actors;

    @Inject
    AuditLog audit;

    @EJB
    CaseService caseService;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /**
     * Records a status report of the courier company about the order with {@code referenceId}.
     * Nobody signs in for it: the caller (the courier's webhook) has checked that the courier
     * signed the report. The courier leg is locked first, so that a report waits for a booking
     * still in progress and the reports of one order take turns. When the report says the file was
     * delivered and the case still waits at the leg's step, the courier company completes the step.
     */
    @PermitAll
    public Receipt report(String referenceId, CourierReport report) {
        Shipment shipment = shipments.lockByReference(referenceId).orElse(null);
        if (shipment == null || !shipment.concerns(report.orderId())) {
            return Receipt.UNKNOWN_ORDER;
        }
        if (!shipment.record(report, clock.instant())) {
            return Receipt.ALREADY_RECORDED;
        }
        if (report.status() == ShipmentStatus.DELIVERED && shipment.status() == ShipmentStatus.DELIVERED) {
            ServiceCase c = cases.find(shipment.caseId()).orElseThrow();
            if (c.currentStep().filter(shipment.stepKey()::equals).isPresent()) {
                caseService.completeCourierLeg(c.id(), shipment.stepKey(), "order " + report.orderId() + " delivered, event "
                        + report.eventId() + (report.proof() == null || report.proof().recipientName() == null ? ""
                                : ", received by " + report.proof().recipientName()));
            }
        }
        return Receipt.RECORDED;
    }

    /**
     * The office's courier confirms in the portal, at a case's courier step, that they have the
     * file (with an optional note): recorded in the chain of custody, and no courier is booked
     * for it any more. Completing the step then says it was delivered.
     */
    public void confirmPickup(long caseId, String note) {
        Actor actor = actors.of(context);
        ServiceCase c = cases.find(caseId).filter(x -> x.officeId() == actor.officeId())
                .orElseThrow(() -> new BusinessException("case.notFound"));
        StepDefinition step = c.currentStepDefinition().filter(s -> s.courier().isPresent() && s.isPerformableBy(actor.role()))
                .orElseThrow(() -> new BusinessException("courier.notAtLeg", c.caseNumber(), c.currentStep().orElse("-")));
        Shipment shipment = shipments.lock(caseId, step.key())
                .orElseThrow(() -> new BusinessException("courier.noShipment", c.caseNumber()));
        Instant now = clock.instant();
        shipment.confirmPickup(actor.username(), note, now);
        audit.append(new AuditEntry(now, actor.officeId(), actor.username(), AuditAction.CUSTODY_CONFIRMED, c.caseNumber(),
                step.key() + " picked up" + (note == null || note.isBlank() ? "" : ": " + note.strip()), null));
    }
}
