package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.courier.webhook.WebhookSigner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SELINTAS's courier legs against the sandbox's courier over HTTP: a birth reported by a
 * hospital's system reaches the courier pickup, the gateway books a courier, the courier's signed
 * status webhooks build the file's chain of custody and its delivery moves the case on; forged
 * and repeated webhooks, a courier outage, and the office's courier confirming in the portal.
 */
@ExtendWith(ArquillianExtension.class)
class CourierLegIT {
    private static final String EVENTS = Deployments.BASE + "api/v1/courier/events";
    private static final String PICKUP = "courier_pickup";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void courierBackToNormal() throws Exception {
        Sandbox.courierFault("{\"mode\":\"NORMAL\"}");
    }

    /** A leg as the database holds it. */
    record Leg(String status, String orderId, int attempts, String lastError) {
    }

    /** A custody event as the database holds it. */
    record Custody(String status, String source, String eventId, String by, String note, String recipient, String photo) {
    }

    @Test
    void theCourierCarriesTheFileToTheOfficeAndItsReportsBuildTheChainOfCustody() throws Exception {
        String number = reportBirth();
        Leg booked = awaitLeg(number, leg -> leg.status().equals("BOOKED"), 30);

        JsonObject order = Sandbox.courierOrder(booked.orderId());
        assertThat(order.getString("reference_id")).isEqualTo(number + "-PICKUP");
        assertThat(order.getString("callback_url")).isEqualTo(EVENTS);
        assertThat(order.getString("service_type")).isEqualTo("same_day");
        assertThat(order.getJsonObject("pickup").getString("contact_name")).isEqualTo("RSUD dr. R. Soetijono Blora");
        assertThat(order.getJsonObject("pickup").getString("address")).isEqualTo("Jl. Dr. Sutomo No. 42, Blora 58219");
        assertThat(order.getJsonObject("destination").getString("contact_name")).isEqualTo("Dinas Dukcapil Kabupaten Blora");
        assertThat(order.getJsonObject("destination").getString("address")).isEqualTo("Jl. Pemuda No. 16, Blora 58215");
        assertThat(order.getJsonArray("items").getJsonObject(0).getString("name")).isEqualTo("Berkas SELINTAS " + number);
        awaitCustody(number, 1); // the courier's "confirmed"

        Sandbox.advanceCourier(booked.orderId(), "{\"status\":\"picked_up\"}");
        awaitLeg(number, leg -> leg.status().equals("PICKED_UP"), 30);
        assertThat(currentStep(number)).as("picked up, not yet delivered").isEqualTo(PICKUP);

        Sandbox.advanceCourier(booked.orderId(), "{\"status\":\"delivered\",\"recipient_name\":\"Siti Rahayu\","
                + "\"note\":\"Diterima di loket\"}");
        awaitStep(number, "register_at_office", 30);
        assertThat(leg(number).status()).isEqualTo("DELIVERED");

        List<Custody> chain = custody(number);
        assertThat(chain).extracting(Custody::status)
                .containsExactly("BOOKED", "BOOKED", "BOOKED", "PICKED_UP", "IN_TRANSIT", "DELIVERED");
        assertThat(chain).allSatisfy(c -> assertThat(c.source()).isEqualTo("COURIER_API"));
        assertThat(chain).extracting(Custody::eventId).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).startsWith("EVT-"));
        assertThat(chain.get(3).by()).as("the driver").isNotBlank();
        Custody delivered = chain.get(5);
        assertThat(delivered.recipient()).isEqualTo("Siti Rahayu");
        assertThat(delivered.photo()).endsWith("/orders/" + booked.orderId() + "/proof-of-delivery.png");

        assertThat(single("select count(*) from audit_entry where subject = ? and action = 'STEP_COMPLETED'"
                + " and actor = 'system/courier' and detail like '%" + booked.orderId() + " delivered%'", number))
                .as("the courier company completed the step, audited").isEqualTo(1);
        String page = new CasePortal().page("operator", "operator", caseId(number)).body();
        assertThat(page).contains("Rantai serah terima berkas", "Penjemputan berkas ke Dindukcapil", "Diterima di tujuan",
                "Laporan kurir", "Siti Rahayu", booked.orderId(), "system/courier");
        assertThat(page.split("class=\"lintas-custody-event\"", -1)).hasSize(7);
    }

    @Test
    void aForgedReportIsRefusedUnrecordedAndTheSameReportTwiceIsRecordedOnce() throws Exception {
        String number = reportBirth();
        Leg booked = awaitLeg(number, leg -> leg.status().equals("BOOKED"), 30);
        int before = awaitCustody(number, 1);
        byte[] body = report(booked.orderId(), number + "-PICKUP", "picked_up");
        String eventId = "EVT-IT-" + UUID.randomUUID();

        HttpResponse<String> unsigned = postEvent(body, null, eventId);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unsigned.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(postEvent(body, new WebhookSigner("another-secret").sign(body), eventId).statusCode()).isEqualTo(401);
        assertThat(postEvent(body, "sha256=" + "0".repeat(64), eventId).statusCode()).isEqualTo(401);
        byte[] tampered = report(booked.orderId(), number + "-PICKUP", "delivered");
        assertThat(postEvent(tampered, sign(body), eventId).statusCode()).as("a signature of another body").isEqualTo(401);
        assertThat(custody(number)).as("nothing recorded").hasSize(before);
        assertThat(leg(number).status()).isEqualTo("BOOKED");

        HttpResponse<String> first = postEvent(body, sign(body), eventId);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(HospitalRestIT.json(first.body()).getBoolean("recorded")).isTrue();
        HttpResponse<String> again = postEvent(body, sign(body), eventId);
        assertThat(again.statusCode()).as("the same event again is answered, not refused").isEqualTo(200);
        assertThat(HospitalRestIT.json(again.body()).getBoolean("recorded")).isFalse();
        assertThat(custody(number)).hasSize(before + 1).filteredOn(c -> eventId.equals(c.eventId())).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo("PICKED_UP"));
        assertThat(leg(number).status()).isEqualTo("PICKED_UP");

        byte[] unknown = report("ORD-99999999", "3316-SELINTAS-1999-000001-PICKUP", "picked_up");
        assertThat(postEvent(unknown, sign(unknown), "EVT-IT-" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        byte[] garbage = "{\"status\":".getBytes(StandardCharsets.UTF_8);
        assertThat(postEvent(garbage, sign(garbage), "EVT-IT-" + UUID.randomUUID()).statusCode()).isEqualTo(400);
    }

    @Test
    void aBookingWaitsOutACourierOutageAndIsMadeOnceTheCourierIsBack() throws Exception {
        Sandbox.courierFault("{\"mode\":\"DOWN\",\"seconds\":10}");
        long down = System.nanoTime();
        String number = reportBirth();
        Leg failing = awaitLeg(number, leg -> leg.attempts() > 0, 10);
        assertThat(failing.status()).as("it waits").isEqualTo("WAITING");
        assertThat(failing.lastError()).contains("503");
        assertThat(System.nanoTime() - down).as("still within the outage").isLessThan(TimeUnit.SECONDS.toNanos(10));

        Leg booked = awaitLeg(number, leg -> leg.status().equals("BOOKED"), 120);
        assertThat(booked.attempts()).isGreaterThan(1);
        assertThat(booked.lastError()).isNull();
        assertThat(Sandbox.courierOrder(booked.orderId()).getString("reference_id")).isEqualTo(number + "-PICKUP");
    }

    @Test
    void theOfficesCourierConfirmsThePickupAndTheDeliveryInThePortal() throws Exception {
        String number = reportBirth();
        long id = caseId(number);
        Leg booked = awaitLeg(number, leg -> leg.status().equals("BOOKED"), 30);
        CasePortal portal = new CasePortal();
        assertThat(portal.page("kurir", "courier", id).body()).contains("Konfirmasi berkas diambil", "Rantai serah terima berkas");
        assertThat(portal.page("operator", "operator", id).body()).as("only the courier").doesNotContain("Konfirmasi berkas diambil");

        assertThat(portal.press("kurir", "courier", id, "act:confirmPickup", Map.of("act:pickupNote", "Diambil di ruang bersalin")))
                .contains("Pengambilan berkas dicatat.");
        assertThat(leg(number).status()).isEqualTo("PICKED_UP");
        assertThat(custody(number)).filteredOn(c -> c.source().equals("PORTAL")).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo("PICKED_UP");
            assertThat(c.by()).isEqualTo("kurir");
            assertThat(c.note()).isEqualTo("Diambil di ruang bersalin");
        });
        assertThat(single("select count(*) from audit_entry where subject = ? and action = 'CUSTODY_CONFIRMED' and actor = 'kurir'",
                number)).isEqualTo(1);
        assertThat(portal.page("kurir", "courier", id).body()).doesNotContain("Konfirmasi berkas diambil");

        assertThat(portal.complete("kurir", "courier", id)).contains("Langkah selesai.");
        assertThat(currentStep(number)).isEqualTo("register_at_office");
        assertThat(leg(number).status()).isEqualTo("DELIVERED");
        assertThat(custody(number)).filteredOn(c -> c.source().equals("PORTAL")).extracting(Custody::status, Custody::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PICKED_UP", "kurir"),
                        org.assertj.core.groups.Tuple.tuple("DELIVERED", "kurir"));

        // the courier company's order was cancelled when the office's courier took the file: its driver does not come
        JsonObject order = awaitListedOrder(booked.orderId(), "cancelled", 30);
        assertThat(order.getString("cancellation_reason")).contains(number, "sudah diambil kurir kantor");
        assertThat(order.get("courier")).as("no driver came").isEqualTo(jakarta.json.JsonValue.NULL);
        awaitCustody(number, 4); // booked (confirmed), picked up and delivered in the portal, cancelled by the courier
        assertThat(custody(number)).filteredOn(c -> c.source().equals("COURIER_API")).extracting(Custody::status)
                .contains("CANCELLED");
        assertThat(leg(number).status()).as("the cancellation asked for is no trip given up").isEqualTo("DELIVERED");
        assertThat(single("select count(*) from courier_shipment where case_number = ? and cancel_order", number))
                .as("nothing left to cancel").isZero();
        assertThat(single("select count(*) from audit_entry where subject = ? and actor = 'system/courier'", number)).isZero();
    }

    @Test
    void theSignedDocumentsGoBackToTheHospitalAndTheirDeliveryClosesTheCase() throws Exception {
        String number = reportBirth();
        long id = caseId(number);
        CasePortal portal = new CasePortal();
        assertThat(portal.complete("kurir", "courier", id)).contains("Langkah selesai.");
        Births.awaitSiakNumbers(id, 60); // the KIA printing waits for them
        String[][] office = {{"operator", "operator"}, {"operator", "operator"}, {"operator", "operator"}, {"operator", "operator"},
            {"operator", "operator"}, {"kasi", "kasi"}, {"kabid.dafduk", "kabid-dafduk"}, {"kadis", "kadis"}, {"operator", "operator"}};
        for (String[] user : office) {
            if (user[0].equals("kadis")) { // the kadis's signatures (TTE) complete the signing step
                TteInbox.signCase(portal, id, 3);
                continue;
            }
            assertThat(portal.complete(user[0], user[1], id)).as(user[0] + " at " + currentStep(number)).contains("Langkah selesai.");
        }
        assertThat(currentStep(number)).isEqualTo("courier_delivery");

        Leg back = awaitLeg(number, "courier_delivery", leg -> leg.status().equals("BOOKED"), 30);
        JsonObject order = Sandbox.courierOrder(back.orderId());
        assertThat(order.getString("reference_id")).isEqualTo(number + "-RETURN");
        assertThat(order.getJsonObject("pickup").getString("contact_name")).isEqualTo("Dinas Dukcapil Kabupaten Blora");
        assertThat(order.getJsonObject("pickup").getString("contact_phone")).isEqualTo("(0296) 531000");
        assertThat(order.getJsonObject("destination").getString("contact_name")).isEqualTo("RSUD dr. R. Soetijono Blora");
        assertThat(order.getJsonObject("destination").getString("contact_phone")).isEqualTo("(0296) 531004");

        Sandbox.advanceCourier(back.orderId(), "{\"status\":\"delivered\",\"recipient_name\":\"Ratna Dewi\"}");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (currentStep(number) != null) {
            assertThat(System.nanoTime()).as(number + " still at " + currentStep(number)).isLessThan(deadline);
            Thread.sleep(250);
        }
        assertThat(single("select count(*) from service_case where case_number = ? and status = 'COMPLETED'", number)).isEqualTo(1);
        assertThat(leg(number, "courier_delivery").status()).isEqualTo("DELIVERED");
        assertThat(leg(number).status()).as("the pickup leg, delivered in the portal").isEqualTo("DELIVERED");
    }

    // ================================================================ dead legs for the admin, the chain of custody in the
    // hospital's status (REST and SOAP), an order cancelled when the office's courier delivered the file first

    @Test
    void aRefusedBookingWaitsForTheAdminWhoBooksItAgainUnderTheSameKeyOrLeavesItToTheOfficesCourier() throws Exception {
        Sandbox.courierFault("{\"mode\":\"ERROR\",\"status\":422}"); // the courier refuses every order
        String again = reportBirth();
        String left = reportBirth();
        Leg dead = awaitLeg(again, leg -> leg.status().equals("DEAD"), 30);
        assertThat(dead.lastError()).contains("422");
        assertThat(dead.attempts()).as("a refusal is not tried again").isEqualTo(1);
        awaitLeg(left, leg -> leg.status().equals("DEAD"), 30);
        Sandbox.courierFault("{\"mode\":\"NORMAL\"}");
        String key = Deployments.text("select idempotency_key from courier_shipment where case_number = ? and step_key = 'courier_pickup'",
                again);

        CasePortal portal = new CasePortal();
        DeadLetterPage page = DeadLetterPage.shipments(portal);
        assertThat(page.row(again)).contains("PICKUP", "RSUD dr. R. Soetijono Blora", "Dinas Dukcapil Kabupaten Blora",
                again + "-PICKUP", "422");
        assertThat(page.press(again, "replay")).contains("Pemesanan kurir dijadwalkan ulang.");
        Leg booked = awaitLeg(again, leg -> leg.status().equals("BOOKED"), 30);
        assertThat(Sandbox.courierOrder(booked.orderId()).getString("reference_id")).isEqualTo(again + "-PICKUP");
        assertThat(Deployments.text("select idempotency_key from courier_shipment where case_number = ? and step_key = 'courier_pickup'",
                again)).as("booked under the same key").isEqualTo(key);
        assertThat(page.row(again)).isEmpty();

        assertThat(page.press(left, "discard")).contains("Perjalanan diserahkan ke kurir kantor.");
        assertThat(page.row(left)).isEmpty();
        assertThat(leg(left).status()).as("for the office's courier").isEqualTo("DEAD");
        assertThat(portal.press("kurir", "courier", caseId(left), "act:confirmPickup", Map.of("act:pickupNote", "Dibawa kurir kantor")))
                .contains("Pengambilan berkas dicatat.");
        assertThat(leg(left).status()).isEqualTo("PICKED_UP");
        assertThat(CaseFlowIT.auditActions(again)).contains("DEAD_LETTER_REPLAYED");
        assertThat(CaseFlowIT.auditActions(left)).contains("DEAD_LETTER_DISCARDED");
    }

    @Test
    void theHospitalFollowsThePickupAndItsChainOfCustodyInTheReportsStatusOverRestAndSoap() throws Exception {
        Reported report = reported();
        Leg booked = awaitLeg(report.number(), leg -> leg.status().equals("BOOKED"), 30);
        awaitCustody(report.number(), 1);
        Sandbox.advanceCourier(booked.orderId(), "{\"status\":\"delivered\",\"recipient_name\":\"Siti Rahayu\"}");
        awaitStep(report.number(), "register_at_office", 30);
        awaitCustody(report.number(), 6);

        HttpResponse<String> r = HospitalRestIT.get("rs.blora", report.reference());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject status = HospitalRestIT.json(r.body());
        assertThat(status.getJsonArray("courier")).hasSize(1);
        JsonObject leg = status.getJsonArray("courier").getJsonObject(0);
        assertThat(leg.getString("leg")).isEqualTo("PICKUP");
        assertThat(leg.getString("step")).isEqualTo(PICKUP);
        assertThat(leg.getString("status")).isEqualTo("DELIVERED");
        assertThat(leg.getString("from")).startsWith("RSUD dr. R. Soetijono Blora");
        assertThat(leg.getString("to")).startsWith("Dinas Dukcapil Kabupaten Blora");
        assertThat(leg.getString("orderId")).isEqualTo(booked.orderId());
        assertThat(leg.getString("trackingId")).startsWith("TRK");
        List<JsonObject> custody = leg.getJsonArray("custody").getValuesAs(JsonObject.class);
        assertThat(custody).extracting(e -> e.getString("status"))
                .containsExactly("BOOKED", "BOOKED", "BOOKED", "PICKED_UP", "IN_TRANSIT", "DELIVERED");
        assertThat(custody).allSatisfy(e -> {
            assertThat(e.getString("source")).isEqualTo("COURIER_API");
            assertThat(e.getString("at")).isNotBlank();
            assertThat(e.getString("note")).as("what the courier said").isNotBlank();
        });
        assertThat(custody.get(3).getString("by")).as("the driver").isNotBlank();
        assertThat(custody.get(5).getString("receivedBy")).isEqualTo("Siti Rahayu");
        JsonObject service = status.getJsonObject("service");
        assertThat(service.getString("openedAt")).isNotBlank();
        assertThat(service.getBoolean("overdue")).isFalse();
        assertThat(service.containsKey("closedAt")).as("still open").isFalse();
        assertThat(status.getJsonArray("siak")).isNotEmpty();

        id.lintas.it.soap.client.ReportStatus soap = HospitalSoapIT.port("rs.blora").getBirthReportStatus(report.reference());
        assertThat(soap.getReport()).isEqualTo("OPENED");
        assertThat(soap.getService().getOpenedAt()).isNotBlank();
        assertThat(soap.getCourierLeg()).singleElement().satisfies(l -> {
            assertThat(l.getLeg()).isEqualTo("PICKUP");
            assertThat(l.getStatus()).isEqualTo("DELIVERED");
            assertThat(l.getOrderId()).isEqualTo(booked.orderId());
            assertThat(l.getTrackingId()).isEqualTo(leg.getString("trackingId"));
            assertThat(l.getCustody()).extracting(id.lintas.it.soap.client.CustodyEvent::getStatus)
                    .containsExactly("BOOKED", "BOOKED", "BOOKED", "PICKED_UP", "IN_TRANSIT", "DELIVERED");
            assertThat(l.getCustody().get(5).getReceivedBy()).isEqualTo("Siti Rahayu");
            assertThat(l.getCustody()).extracting(id.lintas.it.soap.client.CustodyEvent::getAt)
                    .containsExactlyElementsOf(custody.stream().map(e -> e.getString("at")).toList());
        });
    }

    @Test
    void theOfficesCourierDeliveringTheFileBeforeTheDriverCameCancelsTheCouriersOrder() throws Exception {
        Reported report = reported();
        long id = caseId(report.number());
        Leg booked = awaitLeg(report.number(), leg -> leg.status().equals("BOOKED"), 30);
        awaitCustody(report.number(), 1); // the courier's "confirmed"
        assertThat(new CasePortal().complete("kurir", "courier", id)).contains("Langkah selesai.");
        assertThat(currentStep(report.number())).isEqualTo("register_at_office");

        JsonObject order = awaitListedOrder(booked.orderId(), "cancelled", 30);
        assertThat(order.getString("reference_id")).isEqualTo(report.number() + "-PICKUP");
        assertThat(order.getString("cancellation_reason")).contains(report.number(), "kurir kantor");
        assertThat(order.get("courier")).as("no driver came").isEqualTo(jakarta.json.JsonValue.NULL);
        awaitCustody(report.number(), 3);
        assertThat(custody(report.number())).extracting(Custody::status, Custody::source).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("BOOKED", "COURIER_API"), org.assertj.core.groups.Tuple.tuple("DELIVERED", "PORTAL"),
                org.assertj.core.groups.Tuple.tuple("CANCELLED", "COURIER_API"));
        Leg after = leg(report.number());
        assertThat(after.status()).as("the file was delivered, by the office's courier").isEqualTo("DELIVERED");
        assertThat(after.lastError()).isNull();
        assertThat(single("select count(*) from courier_shipment where case_number = ? and cancel_order", report.number()))
                .as("nothing left to cancel").isZero();

        JsonObject leg = HospitalRestIT.json(HospitalRestIT.get("rs.blora", report.reference()).body())
                .getJsonArray("courier").getJsonObject(0);
        assertThat(leg.getString("status")).isEqualTo("DELIVERED");
        assertThat(leg.getJsonArray("custody").getValuesAs(JsonObject.class)).extracting(e -> e.getString("status"))
                .contains("DELIVERED", "CANCELLED");
    }

    /** Waits until the sandbox's order listing shows the order in {@code status}; returns it as listed. */
    private static JsonObject awaitListedOrder(String orderId, String status, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            JsonObject order = Sandbox.courierOrders().stream().filter(o -> o.getString("id").equals(orderId)).findFirst()
                    .orElseThrow(() -> new AssertionError(orderId + " is not in the courier's listing"));
            if (order.getString("status").equals(status)) {
                return order;
            }
            assertThat(System.nanoTime()).as(orderId + " still " + order.getString("status")).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A SELINTAS birth reported by RSUD Blora's system: the hospital's steps are done, the case waits for the courier. */
    private static String reportBirth() throws Exception {
        return reported().number();
    }

    /** A birth reported by RSUD Blora's system: its reference and its case number. */
    record Reported(String reference, String number) {
    }

    /** {@link #reportBirth()}, with the hospital's reference to ask its status by. */
    private static Reported reported() throws Exception {
        String reference = HospitalRestIT.reference();
        HttpResponse<String> r = HospitalRestIT.post("rs.blora", HospitalRestIT.report(reference).toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String number = HospitalRestIT.json(r.body()).getString("caseNumber");
        HospitalRestIT.awaitOpened("rs.blora", reference); // the case is opened a moment after the report is accepted
        assertThat(currentStep(number)).isEqualTo(PICKUP);
        return new Reported(reference, number);
    }

    /** A courier's status webhook as the sandbox sends it. */
    private static byte[] report(String orderId, String reference, String status) {
        return Json.createObjectBuilder().add("event", "order.status").add("order_id", orderId).add("reference_id", reference)
                .add("tracking_id", "TRK000000000000").add("status", status).add("note", "Laporan uji")
                .add("courier", Json.createObjectBuilder().add("name", "Pengemudi Uji").add("phone", "+6281200000000")
                        .add("vehicle_number", "K 1 IT"))
                .addNull("proof_of_delivery")
                .add("updated_at", OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS).toString())
                .build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sign(byte[] body) {
        return new WebhookSigner("courier-webhook-secret").sign(body);
    }

    private static HttpResponse<String> postEvent(byte[] body, String signature, String eventId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(EVENTS)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8").header("X-Courier-Event", "order.status")
                .header("X-Courier-Event-Id", eventId).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            b.header("X-Courier-Signature", signature);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Leg leg(String number) throws Exception {
        return leg(number, PICKUP);
    }

    private static Leg leg(String number, String step) throws Exception {
        try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement(
                "select status, order_id, attempts, last_error from courier_shipment where case_number = ? and step_key = ?")) {
            s.setString(1, number);
            s.setString(2, step);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the courier leg of " + number).isTrue();
                return new Leg(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4));
            }
        }
    }

    private static Leg awaitLeg(String number, Predicate<Leg> condition, int seconds) throws Exception {
        return awaitLeg(number, PICKUP, condition, seconds);
    }

    private static Leg awaitLeg(String number, String step, Predicate<Leg> condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Leg leg;
        while (!condition.test(leg = leg(number, step))) {
            assertThat(System.nanoTime()).as("courier leg of " + number + " still " + leg).isLessThan(deadline);
            Thread.sleep(250);
        }
        return leg;
    }

    private static List<Custody> custody(String number) throws Exception {
        try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement(
                "select e.status, e.source, e.courier_event_id, e.actor_name, e.note, e.recipient_name, e.photo_url"
                        + " from courier_custody_event e join courier_shipment s on s.id = e.shipment_id"
                        + " where s.case_number = ? and s.step_key = ? order by e.occurred_at, e.id")) {
            s.setString(1, number);
            s.setString(2, PICKUP);
            List<Custody> chain = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    chain.add(new Custody(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)));
                }
            }
            return chain;
        }
    }

    /** Waits until the chain of custody has at least {@code count} events; returns how many it has. */
    private static int awaitCustody(String number, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int n;
        while ((n = custody(number).size()) < count) {
            assertThat(System.nanoTime()).as("only " + n + " of " + count + " custody events of " + number).isLessThan(deadline);
            Thread.sleep(250);
        }
        return n;
    }

    private static String currentStep(String number) throws Exception {
        try (Connection c = Deployments.database();
                PreparedStatement s = c.prepareStatement("select current_step from service_case where case_number = ?")) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void awaitStep(String number, String step, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String current;
        while (!step.equals(current = currentStep(number))) {
            assertThat(System.nanoTime()).as(number + " still at " + current).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static long caseId(String number) throws Exception {
        return single("select id from service_case where case_number = ?", number);
    }

    private static long single(String sql, String parameter) throws Exception {
        try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
