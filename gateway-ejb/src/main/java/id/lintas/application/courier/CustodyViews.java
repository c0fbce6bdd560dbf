package id.lintas.application.courier;

import id.lintas.application.servicecase.CaseView;
import id.lintas.domain.model.courier.CustodyEvent;
import id.lintas.domain.model.courier.Shipment;
import java.time.ZoneId;
import java.util.List;

/** A case's courier legs and their chains of custody as the case page shows them. */
public final class CustodyViews {
    private CustodyViews() {
    }

    public static List<CaseView.CourierTrip> of(List<Shipment> shipments, ZoneId zone) {
        return shipments.stream().map(s -> new CaseView.CourierTrip(s.id(), s.stepKey(), s.leg().name(), s.status().name(),
                place(s.from()), place(s.to()), s.orderId().orElse(null), s.trackingId().orElse(null),
                s.waybillId().orElse(null), s.attempts(), s.lastError().orElse(null),
                s.custody().stream().map(e -> custody(e, zone)).toList())).toList();
    }

    private static String place(Shipment.Contact contact) {
        return contact.name() + (contact.address() == null ? "" : ", " + contact.address());
    }

    private static CaseView.Custody custody(CustodyEvent e, ZoneId zone) {
        return new CaseView.Custody(e.occurredAt().atZone(zone), e.status().name(), e.source().name(), e.actorName().orElse(null),
                e.actorPhone().orElse(null), e.note().orElse(null), e.recipientName().orElse(null), e.photoUrl().orElse(null));
    }
}
