package id.lintas.domain.model.courier;

import id.lintas.domain.model.sop.CourierLeg;
import id.lintas.domain.shared.Backoff;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.DeadLetter;
import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A courier leg of one case: the trip of its paper file at one courier step of its SOP (SELINTAS:
 * from the hospital to the office, and the signed documents back), from where to where, booked
 * with the courier company and followed to the handover. It is arranged in the transaction in
 * which the case arrives at the step, so no trip is forgotten; the relay books it with its own
 * idempotency key, so a booking sent again never orders a second driver. A courier outage only
 * delays it (attempts back off, {@link #RETRIES}); a refusal, or {@value #MAX_ATTEMPTS}
 * failed attempts, leave it {@link ShipmentStatus#DEAD} for the office's own courier to carry the
 * file by hand and confirm it in the portal. The office's admin sees it dead: books it again (the
 * same idempotency key; or, when the case had left the step, cancels its order again) or leaves it
 * to the office's courier ({@link #discard}).
 *
 * <p>When the office's courier completes the step while the courier's order is still only booked
 * (nobody has collected the file), the order is cancelled with the courier: its driver would find
 * nothing to carry.
 *
 * <p>Its custody events are the file's chain of custody: what the courier reported and what the
 * portal's users confirmed. The status only moves forward; a report already recorded (the same
 * courier event id, sent again) changes nothing.
 */
@Entity
@Table(name = "courier_shipment")
public class Shipment extends IdentifiedEntity implements DeadLetter {
    public static final int MAX_ATTEMPTS = 30;
    /** 2 s after the first failure, doubling, at most 5 minutes. */
    static final Backoff RETRIES = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

    /** A place the courier collects from or delivers to: who to ask for, where, and their phone when known. */
    public record Contact(String name, String address, String phone) {
        public Contact {
            name = Texts.clip(name, 160);
            if (name == null) {
                throw new IllegalArgumentException("a contact needs a name");
            }
            address = Texts.clip(address, 500);
            phone = Texts.clip(phone, 30);
        }
    }

    /** The case and step a courier leg belongs to, and where it goes. */
    public record Arrangement(long officeId, long caseId, String caseNumber, String sopCode, String stepKey, CourierLeg.Leg leg,
            Contact from, Contact to) {
        public Arrangement {
            Objects.requireNonNull(caseNumber, "case number");
            Objects.requireNonNull(sopCode, "SOP code");
            Objects.requireNonNull(stepKey, "step");
            Objects.requireNonNull(leg, "leg");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    @Version
    private long version;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "case_number", nullable = false, length = 40)
    private String caseNumber;

    @Column(name = "step_key", nullable = false, length = 60)
    private String stepKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CourierLeg.Leg leg;

    /** The courier's {@code reference_id} of the order: the case number and the leg. */
    @Column(name = "reference_id", nullable = false, length = 100)
    private String referenceId;

    /** What the courier carries, as the order names it: "Berkas SELINTAS 3316-SELINTAS-2026-000017". */
    @Column(nullable = false, length = 200)
    private String item;

    @Column(name = "from_name", nullable = false, length = 160)
    private String fromName;

    @Column(name = "from_address", length = 500)
    private String fromAddress;

    @Column(name = "from_phone", length = 30)
    private String fromPhone;

    @Column(name = "to_name", nullable = false, length = 160)
    private String toName;

    @Column(name = "to_address", length = 500)
    private String toAddress;

    @Column(name = "to_phone", length = 30)
    private String toPhone;

    @Column(name = "idempotency_key", nullable = false, unique = true, length = 36)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ShipmentStatus status;

    @Column(name = "order_id", length = 60)
    private String orderId;

    @Column(name = "tracking_id", length = 60)
    private String trackingId;

    @Column(name = "waybill_id", length = 60)
    private String waybillId;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Delivered in the portal while the courier's order was only booked: the relay cancels the order. */
    @Column(name = "cancel_order", nullable = false)
    private boolean cancelOrder;

    /** When the admin left a dead leg to the office's courier: it stays DEAD and no longer waits for the admin. */
    @Column(name = "discarded_at")
    private Instant discardedAt;

    @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CustodyEvent> events = new ArrayList<>();

    protected Shipment() {
    }

    /** A new courier leg, to be booked as soon as the relay runs. */
    public static Shipment arrange(Arrangement a, Instant now) {
        Shipment s = new Shipment();
        s.officeId = a.officeId();
        s.caseId = a.caseId();
        s.caseNumber = a.caseNumber();
        s.stepKey = a.stepKey();
        s.leg = a.leg();
        s.referenceId = a.caseNumber() + "-" + a.leg();
        s.item = (a.leg() == CourierLeg.Leg.DELIVERY ? "KIA/KTP-el " : "Berkas ") + a.sopCode() + " " + a.caseNumber();
        s.fromName = a.from().name();
        s.fromAddress = a.from().address();
        s.fromPhone = a.from().phone();
        s.toName = a.to().name();
        s.toAddress = a.to().address();
        s.toPhone = a.to().phone();
        s.idempotencyKey = UUID.randomUUID().toString();
        s.status = ShipmentStatus.WAITING;
        s.nextAttemptAt = now;
        s.createdAt = now;
        s.updatedAt = now;
        return s;
    }

    // ---------------------------------------------------------------- booking (the relay)

    /** The courier took the order: from now on its reports tell where the file is. */
    public void booked(CourierOrder order, Instant now) {
        requireStatus(ShipmentStatus.WAITING);
        attempts++;
        orderId = order.orderId();
        trackingId = order.trackingId();
        waybillId = order.waybillId();
        status = ShipmentStatus.BOOKED;
        lastError = null;
        updatedAt = now;
    }

    /**
     * The courier could not be reached or failed, booking or cancelling: try again later, waiting
     * twice as long each time; after {@value #MAX_ATTEMPTS} attempts a person takes over.
     */
    public void failedForNow(String error, Instant now) {
        requireDue();
        attempts++;
        lastError = Texts.clip(error, 2000);
        updatedAt = now;
        if (attempts >= MAX_ATTEMPTS) {
            if (cancelOrder) {
                cancelOrder = false; // the file was delivered all the same: nobody needs to act
            } else {
                status = ShipmentStatus.DEAD;
            }
            return;
        }
        nextAttemptAt = RETRIES.next(now, attempts);
    }

    /** The courier refused the order (or its cancellation): sending it again cannot help. */
    public void refused(String error, Instant now) {
        requireDue();
        attempts++;
        lastError = Texts.clip(error, 2000);
        if (cancelOrder) {
            cancelOrder = false; // its driver has the file already, say: the file was delivered all the same
        } else {
            status = ShipmentStatus.DEAD;
        }
        updatedAt = now;
    }

    /** Whether the relay has something to do with the courier: book it, cancel its order. */
    public boolean isDue() {
        return status == ShipmentStatus.WAITING || status == ShipmentStatus.CANCELLING || cancelOrder;
    }

    /** Whether the relay is to cancel the courier's order (rather than book one). */
    public boolean isOrderToCancel() {
        return status == ShipmentStatus.CANCELLING || cancelOrder;
    }

    private void requireDue() {
        if (!isDue()) {
            throw new BusinessException("courier.shipment.state", caseNumber, status.name());
        }
    }

    /**
     * The case left the step before the file was collected (sent back, say): no trip. An order
     * not yet booked is dropped; a booked one is cancelled with the courier (the relay does it).
     * Once the driver has the file it arrives anyway: nothing changes. Returns whether it did.
     */
    public boolean withdraw(Instant now) {
        switch (status) {
            case WAITING -> status = ShipmentStatus.CANCELLED;
            case DEAD -> status = orderId == null ? ShipmentStatus.CANCELLED : ShipmentStatus.DEAD;
            case BOOKED -> {
                status = ShipmentStatus.CANCELLING;
                attempts = 0;
                nextAttemptAt = now;
            }
            default -> {
                return false;
            }
        }
        updatedAt = now;
        return status != ShipmentStatus.DEAD;
    }

    /** The courier cancelled the order as asked (a leg delivered in the portal stays delivered). */
    public void cancelled(Instant now) {
        if (!isOrderToCancel()) {
            throw new BusinessException("courier.shipment.state", caseNumber, status.name());
        }
        attempts++;
        if (cancelOrder) {
            cancelOrder = false;
        } else {
            status = ShipmentStatus.CANCELLED;
        }
        lastError = null;
        updatedAt = now;
    }

    // ---------------------------------------------------------------- the admin

    /**
     * The admin has a dead leg tried again: never booked, it is booked again under the same
     * idempotency key (the courier makes no second order for it); its case gone from the step, the
     * cancellation of its order is tried again. An order the courier cancelled itself cannot be
     * revived: the office's courier carries the file.
     */
    @Override
    public void replay(Instant now) {
        requireStatus(ShipmentStatus.DEAD);
        if (cancelledByCourier()) {
            throw new BusinessException("courier.replay.cancelledByCourier", caseNumber, orderId);
        }
        status = orderId == null ? ShipmentStatus.WAITING : ShipmentStatus.CANCELLING;
        attempts = 0;
        nextAttemptAt = now;
        discardedAt = null;
        updatedAt = now;
    }

    /** The admin leaves a dead leg to the office's courier, who confirms the file's trip in the portal: it stays DEAD. */
    @Override
    public void discard(Instant now) {
        requireStatus(ShipmentStatus.DEAD);
        if (discardedAt != null) {
            throw new BusinessException("courier.shipment.state", caseNumber, "DISCARDED");
        }
        discardedAt = now;
        updatedAt = now;
    }

    /** Whether the courier reported that it cancelled the order (a trip it gave up, or one cancelled as asked). */
    private boolean cancelledByCourier() {
        return events.stream().anyMatch(e -> e.source() == CustodySource.COURIER_API && e.status() == ShipmentStatus.CANCELLED);
    }

    // ---------------------------------------------------------------- custody

    /** Whether a report about {@code order} is about this shipment's order (or about one it has not learnt yet). */
    public boolean concerns(String order) {
        return orderId == null || orderId.equals(order);
    }

    /**
     * Records a report of the courier company in the chain of custody and moves the shipment on
     * to where the report says the file is, never back. A report already recorded (the courier
     * sends it again until it hears an answer) is ignored: returns {@code false}. When the booking's
     * answer was lost, the report tells the order it concerns.
     */
    public boolean record(CourierReport report, Instant now) {
        if (!concerns(report.orderId())) {
            throw new BusinessException("courier.report.otherOrder", report.orderId(), referenceId);
        }
        if (events.stream().anyMatch(e -> e.courierEventId().filter(report.eventId()::equals).isPresent())) {
            return false;
        }
        events.add(CustodyEvent.reported(this, report, now));
        if (orderId == null) {
            orderId = report.orderId();
            trackingId = report.trackingId();
        }
        ShipmentStatus reported = report.status();
        if (reported == ShipmentStatus.CANCELLED) {
            if (status == ShipmentStatus.CANCELLING) {
                status = ShipmentStatus.CANCELLED;
            } else if (status.isUnderway() && !isCarriedByOfficeCourier()) {
                status = ShipmentStatus.DEAD; // the courier gave the trip up: a person takes over
                lastError = Texts.clip("cancelled by the courier: " + report.note(), 2000);
            }
        } else if ((status.isUnderway() || status == ShipmentStatus.DEAD || status == ShipmentStatus.CANCELLING
                && reported.isAfter(ShipmentStatus.BOOKED)) && reported.isAfter(status)) {
            status = reported;
        }
        updatedAt = now;
        return true;
    }

    /**
     * The office's courier confirms in the portal that they have the file: booked or not, or
     * after the booking failed (they carry it themselves; nothing is booked after this). A booked
     * order is cancelled (the relay does it): the courier's driver would come for nothing.
     */
    public void confirmPickup(String username, String note, Instant now) {
        if (status == ShipmentStatus.PICKED_UP || status == ShipmentStatus.IN_TRANSIT) {
            throw new BusinessException("courier.pickup.already", caseNumber);
        }
        requireStatus(ShipmentStatus.WAITING, ShipmentStatus.BOOKED, ShipmentStatus.DEAD);
        events.add(CustodyEvent.confirmed(this, ShipmentStatus.PICKED_UP, username, note, now));
        if (status == ShipmentStatus.BOOKED) {
            cancelOrder = true;
            attempts = 0;
            nextAttemptAt = now;
        }
        status = ShipmentStatus.PICKED_UP;
        updatedAt = now;
    }

    /**
     * Whether the office's courier took the file in hand (confirmed in the portal): the courier
     * company's order no longer matters, and its cancellation is no trip given up.
     */
    public boolean isCarriedByOfficeCourier() {
        return events.stream().anyMatch(e -> e.source() == CustodySource.PORTAL && e.status() == ShipmentStatus.PICKED_UP);
    }

    /**
     * A portal user completed the courier step: the file was handed over at the destination.
     * Returns {@code false} when the shipment is already delivered (the courier's report completed
     * the step, or said so first).
     */
    public boolean confirmDelivery(String username, String note, Instant now) {
        if (status == ShipmentStatus.DELIVERED) {
            return false;
        }
        requireStatus(ShipmentStatus.WAITING, ShipmentStatus.BOOKED, ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT,
                ShipmentStatus.DEAD);
        events.add(CustodyEvent.confirmed(this, ShipmentStatus.DELIVERED, username, note, now));
        if (status == ShipmentStatus.BOOKED) { // nobody collected the file: the courier's driver would come for nothing
            cancelOrder = true;
            attempts = 0;
            nextAttemptAt = now;
        }
        status = ShipmentStatus.DELIVERED;
        updatedAt = now;
        return true;
    }

    private void requireStatus(ShipmentStatus... expected) {
        for (ShipmentStatus s : expected) {
            if (status == s) {
                return;
            }
        }
        throw new BusinessException("courier.shipment.state", caseNumber, status.name());
    }

    // ---------------------------------------------------------------- reading

    /** Whether the trip is still to be made or under way (not delivered, cancelled or being cancelled). */
    public boolean isOpen() {
        return status.isUnderway() || status == ShipmentStatus.DEAD;
    }

    @Override
    public long officeId() {
        return officeId;
    }

    public long caseId() {
        return caseId;
    }

    @Override
    public String caseNumber() {
        return caseNumber;
    }

    public String stepKey() {
        return stepKey;
    }

    public CourierLeg.Leg leg() {
        return leg;
    }

    public String referenceId() {
        return referenceId;
    }

    public String item() {
        return item;
    }

    public Contact from() {
        return new Contact(fromName, fromAddress, fromPhone);
    }

    public Contact to() {
        return new Contact(toName, toAddress, toPhone);
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public ShipmentStatus status() {
        return status;
    }

    public Optional<String> orderId() {
        return Optional.ofNullable(orderId);
    }

    public Optional<String> trackingId() {
        return Optional.ofNullable(trackingId);
    }

    public Optional<String> waybillId() {
        return Optional.ofNullable(waybillId);
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> discardedAt() {
        return Optional.ofNullable(discardedAt);
    }

    /** The chain of custody, in the order things happened (as recorded, where two happened at once). */
    public List<CustodyEvent> custody() {
        return events.stream().sorted(Comparator.comparing(CustodyEvent::occurredAt)).toList();
    }
}
