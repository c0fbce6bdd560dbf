package id.lintas.domain.model.courier;

import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.CourierLeg;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShipmentTest {
    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private static final String CASE = "3316-SELINTAS-2026-000017";

    static Shipment pickup() {
        return Shipment.arrange(new Shipment.Arrangement(1, 10, CASE, "SELINTAS", "courier_pickup", CourierLeg.Leg.PICKUP,
                new Shipment.Contact("RSUD dr. R. Soetijono Blora", "Jl. Dr. Sutomo No. 42, Blora 58219", "(0296) 531004"),
                new Shipment.Contact("Dinas Dukcapil Kabupaten Blora", "Jl. Pemuda No. 16, Blora 58215", null)), T0);
    }

    private static CourierReport report(String event, ShipmentStatus status, int minute) {
        return new CourierReport(event, "ORD-00000001", "TRK3F9A1C0B77D2", status, T0.plusSeconds(60L * minute),
                new CourierReport.Driver("Budi Santoso", "+6281212345678"), "status " + status, null);
    }

    private static Shipment booked() {
        Shipment s = pickup();
        s.booked(new CourierOrder("ORD-00000001", "TRK3F9A1C0B77D2", "SDX261123001"), T0);
        return s;
    }

    @Test
    void aNewLegWaitsToBeBookedAtOnceWithItsOwnKeyReferenceAndItem() {
        Shipment s = pickup();
        assertThat(s.status()).isEqualTo(ShipmentStatus.WAITING);
        assertThat(s.nextAttemptAt()).isEqualTo(T0);
        assertThat(s.idempotencyKey()).hasSize(36).isNotEqualTo(pickup().idempotencyKey());
        assertThat(s.referenceId()).isEqualTo(CASE + "-PICKUP");
        assertThat(s.item()).isEqualTo("Berkas SELINTAS " + CASE);
        assertThat(s.from().address()).isEqualTo("Jl. Dr. Sutomo No. 42, Blora 58219");
        assertThat(s.to().phone()).isNull();
        assertThat(s.custody()).isEmpty();
        assertThat(s.isOpen()).isTrue();
    }

    @Test
    void anOutageBacksOffExponentiallyKeepsTheKeyAndEndsDeadAfterTooManyAttempts() {
        Shipment s = pickup();
        String key = s.idempotencyKey();
        s.failedForNow("503 service_unavailable", T0);
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plusSeconds(2));
        s.failedForNow("503", T0);
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plusSeconds(4));
        s.failedForNow("503", T0);
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plusSeconds(8));
        while (s.attempts() < Shipment.MAX_ATTEMPTS - 1) {
            s.failedForNow("503", T0);
        }
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(s.status()).isEqualTo(ShipmentStatus.WAITING);
        s.failedForNow("503 again", T0);
        assertThat(s.status()).isEqualTo(ShipmentStatus.DEAD);
        assertThat(s.lastError()).contains("503 again");
        assertThat(s.idempotencyKey()).isEqualTo(key);
    }

    @Test
    void bookedOnceTheCourierGivesAnOrderAndARefusalIsDead() {
        Shipment s = pickup();
        s.failedForNow("timeout", T0);
        s.booked(new CourierOrder("ORD-00000001", "TRK3F9A1C0B77D2", "SDX261123001"), T0.plusSeconds(3));
        assertThat(s.status()).isEqualTo(ShipmentStatus.BOOKED);
        assertThat(s.orderId()).contains("ORD-00000001");
        assertThat(s.waybillId()).contains("SDX261123001");
        assertThat(s.attempts()).isEqualTo(2);
        assertThat(s.lastError()).isEmpty();
        assertRefused(() -> s.booked(new CourierOrder("ORD-2", null, null), T0), "courier.shipment.state");

        Shipment refused = pickup();
        refused.refused("422 pickup.contact_phone is required", T0);
        assertThat(refused.status()).isEqualTo(ShipmentStatus.DEAD);
        assertThat(refused.isOpen()).as("the office's courier may still carry it").isTrue();
    }

    @Test
    void reportsBuildTheChainOfCustodyAndMoveTheLegOnlyForward() {
        Shipment s = booked();
        assertThat(s.record(report("EVT-1", ShipmentStatus.BOOKED, 0), T0)).isTrue();
        assertThat(s.record(report("EVT-4", ShipmentStatus.PICKED_UP, 20), T0)).isTrue();
        assertThat(s.status()).isEqualTo(ShipmentStatus.PICKED_UP);
        assertThat(s.record(report("EVT-3", ShipmentStatus.BOOKED, 10), T0)).as("late, but part of the chain").isTrue();
        assertThat(s.status()).as("never back").isEqualTo(ShipmentStatus.PICKED_UP);
        s.record(report("EVT-5", ShipmentStatus.IN_TRANSIT, 40), T0);
        CourierReport delivered = new CourierReport("EVT-6", "ORD-00000001", null, ShipmentStatus.DELIVERED,
                T0.plusSeconds(3600), new CourierReport.Driver("Budi Santoso", "+6281212345678"), "Delivered",
                new ProofOfDelivery("Petugas loket Dukcapil", "http://courier/pod.png"));
        s.record(delivered, T0);
        assertThat(s.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(s.isOpen()).isFalse();
        assertThat(s.custody()).extracting(CustodyEvent::status).containsExactly(ShipmentStatus.BOOKED, ShipmentStatus.BOOKED,
                ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT, ShipmentStatus.DELIVERED);
        CustodyEvent last = s.custody().get(4);
        assertThat(last.source()).isEqualTo(CustodySource.COURIER_API);
        assertThat(last.courierEventId()).contains("EVT-6");
        assertThat(last.actorName()).contains("Budi Santoso");
        assertThat(last.actorPhone()).contains("+6281212345678");
        assertThat(last.recipientName()).contains("Petugas loket Dukcapil");
        assertThat(last.photoUrl()).contains("http://courier/pod.png");
    }

    @Test
    void aReportSentAgainIsRecordedOnce() {
        Shipment s = booked();
        assertThat(s.record(report("EVT-9", ShipmentStatus.PICKED_UP, 5), T0)).isTrue();
        assertThat(s.record(report("EVT-9", ShipmentStatus.PICKED_UP, 5), T0.plusSeconds(2))).isFalse();
        assertThat(s.custody()).hasSize(1);
    }

    @Test
    void aReportTellsTheOrderWhenTheBookingsAnswerWasLostAndAnotherOrdersReportIsRefused() {
        Shipment s = pickup();
        s.failedForNow("read timed out", T0);
        s.record(report("EVT-1", ShipmentStatus.BOOKED, 1), T0);
        assertThat(s.status()).as("no second booking").isEqualTo(ShipmentStatus.BOOKED);
        assertThat(s.orderId()).contains("ORD-00000001");
        assertThat(s.trackingId()).contains("TRK3F9A1C0B77D2");
        CourierReport other = new CourierReport("EVT-2", "ORD-00000099", null, ShipmentStatus.PICKED_UP, T0, null, null, null);
        assertThat(s.concerns("ORD-00000099")).isFalse();
        assertRefused(() -> s.record(other, T0), "courier.report.otherOrder");
    }

    @Test
    void theCourierGivingTheTripUpLeavesItToAPerson() {
        Shipment s = booked();
        s.record(report("EVT-2", ShipmentStatus.CANCELLED, 3), T0);
        assertThat(s.status()).isEqualTo(ShipmentStatus.DEAD);
        assertThat(s.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("cancelled by the courier"));
        s.confirmPickup("kurir", "dibawa sendiri", T0.plusSeconds(600));
        assertThat(s.status()).isEqualTo(ShipmentStatus.PICKED_UP);
    }

    @Test
    void theOfficesCourierConfirmsPickupAndDeliveryInThePortal() {
        Shipment s = booked();
        assertThat(s.isOrderToCancel()).isFalse();
        s.confirmPickup("kurir", "Diambil di ruang bersalin", T0.plusSeconds(60));
        assertThat(s.status()).isEqualTo(ShipmentStatus.PICKED_UP);
        assertThat(s.isOrderToCancel()).as("the courier's driver would come for nothing").isTrue();
        assertThat(s.isDue()).isTrue();
        s.cancelled(T0.plusSeconds(61));
        assertThat(s.isOrderToCancel()).isFalse();
        assertThat(s.status()).as("the office's courier has it").isEqualTo(ShipmentStatus.PICKED_UP);
        s.record(report("EVT-9", ShipmentStatus.CANCELLED, 1), T0.plusSeconds(62));
        assertThat(s.status()).as("the cancellation we asked for is no trip given up").isEqualTo(ShipmentStatus.PICKED_UP);
        assertRefused(() -> s.confirmPickup("kurir", null, T0), "courier.pickup.already");
        s.record(report("EVT-5", ShipmentStatus.PICKED_UP, 2), T0);
        assertThat(s.status()).isEqualTo(ShipmentStatus.PICKED_UP);
        assertThat(s.confirmDelivery("kurir", null, T0.plusSeconds(3600))).isTrue();
        assertThat(s.confirmDelivery("kurir", null, T0.plusSeconds(3700))).as("already delivered").isFalse();
        assertThat(s.custody()).extracting(CustodyEvent::source, CustodyEvent::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CustodySource.PORTAL, ShipmentStatus.PICKED_UP),
                org.assertj.core.groups.Tuple.tuple(CustodySource.COURIER_API, ShipmentStatus.CANCELLED),
                org.assertj.core.groups.Tuple.tuple(CustodySource.COURIER_API, ShipmentStatus.PICKED_UP),
                org.assertj.core.groups.Tuple.tuple(CustodySource.PORTAL, ShipmentStatus.DELIVERED));
        CustodyEvent pickup = s.custody().get(0);
        assertThat(pickup.actorName()).contains("kurir");
        assertThat(pickup.note()).contains("Diambil di ruang bersalin");
        assertThat(pickup.courierEventId()).isEmpty();
    }

    @Test
    void aPickupConfirmedBeforeTheBookingMeansNoBooking() {
        Shipment s = pickup();
        s.confirmPickup("kurir", null, T0);
        assertRefused(() -> s.booked(new CourierOrder("ORD-1", null, null), T0), "courier.shipment.state");
        assertRefused(() -> s.failedForNow("x", T0), "courier.shipment.state");
    }

    @Test
    void aCaseLeavingTheStepBeforeThePickupDropsOrCancelsTheTrip() {
        Shipment waiting = pickup();
        assertThat(waiting.withdraw(T0)).isTrue();
        assertThat(waiting.status()).isEqualTo(ShipmentStatus.CANCELLED);

        Shipment ordered = booked();
        assertThat(ordered.withdraw(T0.plusSeconds(5))).isTrue();
        assertThat(ordered.status()).isEqualTo(ShipmentStatus.CANCELLING);
        assertThat(ordered.nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
        ordered.failedForNow("503", T0.plusSeconds(5));
        assertThat(ordered.status()).isEqualTo(ShipmentStatus.CANCELLING);
        ordered.cancelled(T0.plusSeconds(10));
        assertThat(ordered.status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertRefused(() -> ordered.confirmPickup("kurir", null, T0), "courier.shipment.state");
        ordered.record(report("EVT-7", ShipmentStatus.CANCELLED, 1), T0);
        assertThat(ordered.status()).isEqualTo(ShipmentStatus.CANCELLED);

        Shipment carried = booked();
        carried.record(report("EVT-3", ShipmentStatus.PICKED_UP, 1), T0);
        assertThat(carried.withdraw(T0)).as("the file is on its way and arrives anyway").isFalse();
        assertThat(carried.status()).isEqualTo(ShipmentStatus.PICKED_UP);

        Shipment late = booked();
        late.withdraw(T0);
        late.record(report("EVT-4", ShipmentStatus.PICKED_UP, 1), T0);
        assertThat(late.status()).as("collected before the cancellation reached the courier").isEqualTo(ShipmentStatus.PICKED_UP);

        Shipment refusedCancel = booked();
        refusedCancel.withdraw(T0);
        refusedCancel.refused("409 order_not_cancellable", T0);
        assertThat(refusedCancel.status()).isEqualTo(ShipmentStatus.DEAD);
    }

    // ---------------------------------------------------------------- the admin's dead letters

    @Test
    void theAdminBooksARefusedLegAgainUnderTheSameKeyOrLeavesItToTheOfficesCourier() {
        Shipment s = pickup();
        String key = s.idempotencyKey();
        assertRefused(() -> s.replay(T0), "courier.shipment.state");
        assertRefused(() -> s.discard(T0), "courier.shipment.state");
        s.refused("422 validation_failed", T0);
        s.replay(T0.plusSeconds(60));
        assertThat(s.status()).isEqualTo(ShipmentStatus.WAITING);
        assertThat(s.isDue()).isTrue();
        assertThat(s.isOrderToCancel()).as("booked, not cancelled").isFalse();
        assertThat(s.attempts()).isZero();
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(s.idempotencyKey()).as("the courier makes no second order for it").isEqualTo(key);
        s.booked(new CourierOrder("ORD-00000001", "TRK3F9A1C0B77D2", "SDX261123001"), T0.plusSeconds(61));
        assertThat(s.status()).isEqualTo(ShipmentStatus.BOOKED);

        Shipment left = pickup();
        left.refused("422 validation_failed", T0);
        left.discard(T0.plusSeconds(5));
        assertThat(left.status()).as("for the office's courier").isEqualTo(ShipmentStatus.DEAD);
        assertThat(left.discardedAt()).contains(T0.plusSeconds(5));
        assertThat(left.isDue()).isFalse();
        assertRefused(() -> left.discard(T0), "courier.shipment.state");
        left.confirmPickup("kurir", "dibawa sendiri", T0.plusSeconds(600));
        assertThat(left.status()).isEqualTo(ShipmentStatus.PICKED_UP);
    }

    @Test
    void aRefusedCancellationIsTriedAgainButAnOrderTheCourierCancelledCannotBeRevived() {
        Shipment s = booked();
        s.withdraw(T0);
        s.refused("409 order_not_cancellable", T0);
        s.replay(T0.plusSeconds(30));
        assertThat(s.status()).isEqualTo(ShipmentStatus.CANCELLING);
        assertThat(s.isOrderToCancel()).isTrue();
        s.cancelled(T0.plusSeconds(31));
        assertThat(s.status()).isEqualTo(ShipmentStatus.CANCELLED);

        Shipment given = booked();
        given.record(report("EVT-2", ShipmentStatus.CANCELLED, 3), T0);
        assertThat(given.status()).isEqualTo(ShipmentStatus.DEAD);
        assertRefused(() -> given.replay(T0), "courier.replay.cancelledByCourier");
        assertThat(given.status()).isEqualTo(ShipmentStatus.DEAD);
    }

    @Test
    void theOfficesCourierDeliveringTheFileBeforeAnyoneCollectedItCancelsTheBookedOrder() {
        Shipment s = booked();
        assertThat(s.isDue()).isFalse();
        assertThat(s.confirmDelivery("kurir", null, T0.plusSeconds(120))).isTrue();
        assertThat(s.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(s.isDue()).as("its order is to be cancelled").isTrue();
        assertThat(s.isOrderToCancel()).isTrue();
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plusSeconds(120));
        s.failedForNow("503", T0.plusSeconds(120));
        assertThat(s.nextAttemptAt()).isEqualTo(T0.plusSeconds(122));
        s.cancelled(T0.plusSeconds(125));
        assertThat(s.status()).as("the file was delivered all the same").isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(s.isDue()).isFalse();
        s.record(report("EVT-8", ShipmentStatus.CANCELLED, 3), T0.plusSeconds(126));
        assertThat(s.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(s.custody()).extracting(CustodyEvent::source, CustodyEvent::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CustodySource.PORTAL, ShipmentStatus.DELIVERED),
                org.assertj.core.groups.Tuple.tuple(CustodySource.COURIER_API, ShipmentStatus.CANCELLED));

        Shipment collected = booked();
        collected.record(report("EVT-3", ShipmentStatus.PICKED_UP, 1), T0);
        collected.confirmDelivery("kurir", null, T0.plusSeconds(120));
        assertThat(collected.isDue()).as("its driver has the file: nothing to cancel").isFalse();

        Shipment refusedCancel = booked();
        refusedCancel.confirmDelivery("kurir", null, T0);
        refusedCancel.refused("409 order_not_cancellable", T0);
        assertThat(refusedCancel.status()).as("nobody needs to act").isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(refusedCancel.isDue()).isFalse();
        assertThat(refusedCancel.lastError()).contains("409 order_not_cancellable");
    }

    @Test
    void reportsAndTheCourierCompanyAreCheckedValues() {
        assertThatThrownBy(() -> new CourierReport(" ", "ORD-1", null, ShipmentStatus.BOOKED, T0, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CourierReport("EVT-1", "ORD-1", null, ShipmentStatus.WAITING, T0, null, null, null))
                .hasMessageContaining("does not report WAITING");
        assertThatThrownBy(() -> new CourierReport("EVT-1", " ", null, ShipmentStatus.BOOKED, T0, null, null, null))
                .hasMessageContaining("names its order");
        assertThatThrownBy(() -> new Shipment.Contact(" ", "x", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CourierReport("EVT-1", "ORD-1", null, ShipmentStatus.BOOKED, T0, null, "x".repeat(900), null).note())
                .hasSize(500);
        assertThat(CourierCompany.in(7)).satisfies(actor -> {
            assertThat(actor.role()).isEqualTo(Role.COURIER);
            assertThat(actor.officeId()).isEqualTo(7);
            assertThat(actor.username()).isEqualTo(CourierCompany.NAME).contains("/");
        });
    }
}
