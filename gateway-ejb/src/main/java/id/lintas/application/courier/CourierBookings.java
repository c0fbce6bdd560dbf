package id.lintas.application.courier;

import id.lintas.application.servicecase.CaseMoved;
import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.courier.Shipment;
import id.lintas.domain.model.courier.ShipmentRepository;
import id.lintas.domain.model.office.Institution;
import id.lintas.domain.model.office.Office;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.servicecase.ApplicationChannel;
import id.lintas.domain.model.servicecase.PersonRelation;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.model.sop.CourierLeg;
import id.lintas.domain.model.sop.StepDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Courier legs follow the cases, in the transaction that moves them ({@link CaseMoved}): a case
 * arriving at a step with a courier leg gets its shipment, to be booked by the {@link CourierRelay}
 * (collected at the case's institution or the office, delivered to the other, or to the applicant's
 * home, at their addresses);
 * a case whose courier step is completed in the portal has its file delivered, recorded in the
 * chain of custody as the user's; a case leaving the step any other way (sent back) before the
 * file was collected has the trip dropped or its order cancelled.
 */
@ApplicationScoped
public class CourierBookings {
    private static final Logger LOG = Logger.getLogger(CourierBookings.class.getName());

    @Inject
    ShipmentRepository shipments;

    @Inject
    ServiceCaseRepository cases;

    @Inject
    OfficeRepository offices;

    Clock clock = Clock.systemUTC();

    void onCaseMoved(@Observes CaseMoved moved) {
        Optional<String> left = moved.fromStep().filter(moved::left);
        Optional<String> arrived = moved.toStep().filter(moved::arrivedAt);
        if (left.isEmpty() && arrived.isEmpty()) {
            return; // a comment, an attachment
        }
        ServiceCase c = cases.find(moved.caseId()).orElseThrow(); // already loaded by the move: no query
        Instant now = clock.instant();
        left.filter(step -> leg(c, step).isPresent()).flatMap(step -> shipments.lock(c.id(), step)).ifPresent(shipment -> {
            if (moved.action() != AuditAction.STEP_COMPLETED) {
                shipment.withdraw(now);
            } else if (shipment.isOpen()) { // else the courier's own report of the delivery completed the step
                shipment.confirmDelivery(moved.actor(), null, now);
            }
        });
        arrived.ifPresent(step -> leg(c, step).ifPresent(leg -> arrange(c, step, leg, now)));
    }

    private static Optional<CourierLeg> leg(ServiceCase c, String stepKey) {
        return c.definition().step(stepKey).flatMap(StepDefinition::courier);
    }

    private void arrange(ServiceCase c, String stepKey, CourierLeg leg, Instant now) {
        if (shipments.of(c.id(), stepKey).isPresent()) {
            return; // back at a courier step whose trip was arranged before: one leg per case and step
        }
        Office office = offices.find(c.officeId()).orElseThrow();
        Institution institution = c.institutionId().flatMap(offices::findInstitution).orElse(null);
        for (CourierLeg.Place place : List.of(leg.from(), leg.to())) {
            if (place == CourierLeg.Place.INSTITUTION && institution == null) {
                LOG.warning(() -> "case " + c.caseNumber() + " reached courier step " + stepKey + " without an institution: no courier booked");
                return;
            }
            if (place == CourierLeg.Place.APPLICANT && (c.deliveryAddress().isEmpty() || applicantPhone(c).isEmpty())) {
                LOG.warning(() -> "case " + c.caseNumber() + " reached courier step " + stepKey
                        + " without a delivery address and phone: no courier booked, the operator sends the cards");
                return;
            }
        }
        shipments.store(Shipment.arrange(new Shipment.Arrangement(c.officeId(), c.id(), c.caseNumber(), c.sopCode(), stepKey,
                leg.leg(), contact(leg.from(), office, institution, c), contact(leg.to(), office, institution, c)), now));
    }

    private static Shipment.Contact contact(CourierLeg.Place place, Office office, Institution institution, ServiceCase c) {
        return switch (place) {
            case OFFICE -> new Shipment.Contact("Dinas Dukcapil " + office.name(), office.address().orElse(null),
                    office.phone().orElse(null));
            case INSTITUTION -> new Shipment.Contact(institution.name(), institution.address().orElse(null),
                    institution.phone().orElse(null));
            case APPLICANT -> new Shipment.Contact(applicantName(c), c.deliveryAddress().orElseThrow(), applicantPhone(c).orElseThrow());
        };
    }

    /** The phone the courier calls: the applicant's WhatsApp number, else the one recorded with the delivery address. */
    private static Optional<String> applicantPhone(ServiceCase c) {
        return c.applicant().filter(a -> a.channel() == ApplicationChannel.WHATSAPP).map(a -> "+" + a.address())
                .or(c::deliveryPhone);
    }

    /** Who receives the cards: the mother of a birth, else the applicant, else the case's subject. */
    private static String applicantName(ServiceCase c) {
        return c.persons().stream().filter(p -> p.relation() == PersonRelation.MOTHER || p.relation() == PersonRelation.APPLICANT)
                .map(p -> p.name()).findFirst().orElse(c.subject());
    }
}
