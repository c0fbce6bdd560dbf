package id.lintas.domain.model.courier;

import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One link of a paper file's chain of custody (<i>rantai serah terima</i>): when the file reached
 * which point of its trip, who said so (the courier's report, with its event id and driver, or a
 * user of the portal), the note and, on delivery, who received it. Written once, never changed.
 */
@Entity
@Table(name = "courier_custody_event")
public class CustodyEvent extends IdentifiedEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shipment_id")
    private Shipment shipment;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    /** The courier's id of the report (deduplicates its redeliveries); none for the portal's. */
    @Column(name = "courier_event_id", length = 100)
    private String courierEventId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ShipmentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CustodySource source;

    /** The driver, or the portal user. */
    @Column(name = "actor_name", length = 120)
    private String actorName;

    @Column(name = "actor_phone", length = 30)
    private String actorPhone;

    @Column(length = 500)
    private String note;

    @Column(name = "recipient_name", length = 120)
    private String recipientName;

    @Column(name = "photo_url", length = 1000)
    private String photoUrl;

    protected CustodyEvent() {
    }

    private CustodyEvent(Shipment shipment, CustodySource source, ShipmentStatus status, Instant occurredAt, Instant recordedAt) {
        this.shipment = shipment;
        this.officeId = shipment.officeId();
        this.source = source;
        this.status = status;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
    }

    /** What the courier company reported. */
    static CustodyEvent reported(Shipment shipment, CourierReport report, Instant now) {
        CustodyEvent e = new CustodyEvent(shipment, CustodySource.COURIER_API, report.status(), report.at(), now);
        e.courierEventId = report.eventId();
        if (report.driver() != null) {
            e.actorName = report.driver().name();
            e.actorPhone = report.driver().phone();
        }
        e.note = report.note();
        if (report.proof() != null) {
            e.recipientName = report.proof().recipientName();
            e.photoUrl = report.proof().photoUrl();
        }
        return e;
    }

    /** What a portal user confirmed. */
    static CustodyEvent confirmed(Shipment shipment, ShipmentStatus status, String username, String note, Instant now) {
        CustodyEvent e = new CustodyEvent(shipment, CustodySource.PORTAL, status, now, now);
        e.actorName = Texts.clip(username, 120);
        e.note = Texts.clip(note, 500);
        return e;
    }

    public Optional<String> courierEventId() {
        return Optional.ofNullable(courierEventId);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public ShipmentStatus status() {
        return status;
    }

    public CustodySource source() {
        return source;
    }

    public Optional<String> actorName() {
        return Optional.ofNullable(actorName);
    }

    public Optional<String> actorPhone() {
        return Optional.ofNullable(actorPhone);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Optional<String> recipientName() {
        return Optional.ofNullable(recipientName);
    }

    public Optional<String> photoUrl() {
        return Optional.ofNullable(photoUrl);
    }
}
