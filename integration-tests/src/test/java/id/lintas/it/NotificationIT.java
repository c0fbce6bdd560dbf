package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.lintas.devserver.MailSink;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications end to end: a hospital's birth report, sent over REST with the family's email,
 * makes a signed callback to the hospital's system for every move of its case, in order; when
 * the office has signed and archived the documents the family gets one email (through a real
 * SMTP server, GreenMail); a receiver that fails gets the same event again, one that refuses ends
 * on the admin's page of failed notifications, where it is replayed and discarded.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {
    private static final String HOSPITAL = "rs.blora";
    private static final Pattern SECRET = Pattern.compile("id=\"secret-value\">([^<]+)<");
    private static HttpServer receiver;
    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    /** One callback as the hospital's system received it. */
    record Received(String path, String eventId, String event, String signature, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** The hospital's system: /ok takes everything, /flaky fails an event's first delivery with a 500, /refuse answers 400. */
    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/ok", e -> take(e, 200));
        receiver.createContext("/flaky", e -> take(e, failedOnce.add(e.getRequestHeaders().getFirst("X-Lintas-Event-Id")) ? 500 : 200));
        receiver.createContext("/refuse", e -> take(e, 400));
        receiver.start();
    }

    private static void take(HttpExchange e, int status) throws IOException {
        String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        System.out.printf("[it] %s callback %s %s -> %d%n", java.time.LocalTime.now(), e.getRequestURI().getPath(),
                e.getRequestHeaders().getFirst("X-Lintas-Event-Id"), status);
        received.add(new Received(e.getRequestURI().getPath(), e.getRequestHeaders().getFirst("X-Lintas-Event-Id"),
                e.getRequestHeaders().getFirst("X-Lintas-Event"), e.getRequestHeaders().getFirst("X-Lintas-Signature"), body));
        byte[] answer = (status < 300 ? "{\"ok\":true}" : "{\"error\":\"no\"}").getBytes(StandardCharsets.UTF_8);
        e.sendResponseHeaders(status, answer.length);
        e.getResponseBody().write(answer);
        e.close();
    }

    @AfterEach
    void noMoreCallbacks() throws Exception {
        configure(""); // later tests' hospital reports make no callbacks to a receiver that is gone
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void everyMoveOfAReportedBirthIsCalledBackSignedAndInOrderAndTheFamilyGetsOneEmailWhenTheDocumentsAreReady()
            throws Exception {
        String secret = configure(url("/ok"));
        String ref = HospitalRestIT.reference();
        String email = "keluarga." + ref.toLowerCase() + "@example.test";
        JsonObject receipt = submit(ref, email);
        String caseNumber = receipt.getString("caseNumber");

        List<Received> opening = await(ref, 5);
        assertThat(steps(opening)).containsExactly("null>receive_application", "receive_application>check_and_register",
                "check_and_register>enter_in_siak", "enter_in_siak>issue_birth_letter", "issue_birth_letter>courier_pickup");
        for (Received r : opening) {
            assertThat(r.signature()).as("HMAC-SHA256 of the exact body").isEqualTo(sign(secret, r.body()));
            assertThat(r.event()).isEqualTo("case.moved");
            JsonObject json = r.json();
            assertThat(json.getString("eventId")).isEqualTo(r.eventId());
            assertThat(json.getString("event")).isEqualTo("case.moved");
            assertThat(json.getString("caseNumber")).isEqualTo(caseNumber);
            assertThat(json.getString("reference")).isEqualTo(ref);
            assertThat(json.getString("at")).isNotBlank();
        }
        assertThat(opening).extracting(Received::eventId).doesNotHaveDuplicates();

        // the office's steps, each by its role, up to the courier taking the documents to the family
        long caseId = caseId(caseNumber);
        CasePortal portal = new CasePortal();
        Births.awaitSiakNumbers(caseId, 60); // the KIA printing waits for them
        String[][] officeSteps = {{"kurir", "courier"}, {"operator", "operator"}, {"operator", "operator"},
            {"operator", "operator"}, {"operator", "operator"}, {"operator", "operator"}, {"kasi", "kasi"},
            {"kabid.dafduk", "kabid-dafduk"}, {"kadis", "kadis"}, {"operator", "operator"}};
        for (String[] step : officeSteps) {
            if (step[0].equals("kadis")) { // the kadis's signatures (TTE) of the akta, KK and KIA complete the step
                TteInbox.signCase(portal, caseId, 3);
                continue;
            }
            assertThat(portal.complete(step[0], step[1], caseId)).as(Arrays.toString(step)).contains("Langkah selesai.");
        }
        assertThat(portal.currentRoles("kurir", "courier", caseId)).containsExactly("COURIER");

        List<MimeMessage> mails = awaitMail(email);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).contains(caseNumber).startsWith("Dokumen kelahiran");
        String text = MailSink.text(mail);
        assertThat(text).contains(caseNumber, "Bayi Ny.", "sedang diantar oleh kurir", "on their way", "Kabupaten Blora",
                "(0296) 531000");
        assertThat(mail.getHeader("X-Lintas-Event-Id")).hasSize(1);
        assertThat(text).contains("kami lampirkan", "are attached");
        var attached = MailSink.attachments(mail);
        String file = caseNumber.replaceAll("[^A-Za-z0-9-]", "-") + ".pdf";
        assertThat(attached.keySet()).as("the akta, KIA and KK the kadis signed")
                .containsExactlyInAnyOrder("akta-kelahiran-" + file, "kia-" + file, "kk-" + file);
        assertThat(attached.values()).allSatisfy(pdf -> assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-"));

        assertThat(portal.complete("kurir", "courier", caseId)).contains("Langkah selesai."); // delivered: the case closes
        List<Received> all = await(ref, 16);
        assertThat(steps(all).subList(5, 16)).containsExactly("courier_pickup>register_at_office",
                "register_at_office>verify_file", "verify_file>enter_nik_form", "enter_nik_form>enter_birth_certificate_form",
                "enter_birth_certificate_form>print_kia", "print_kia>verify_documents", "verify_documents>validate_documents",
                "validate_documents>sign_documents", "sign_documents>hand_over_archive",
                "hand_over_archive>courier_delivery", "courier_delivery>null");
        assertThat(all).allSatisfy(r -> assertThat(r.signature()).isEqualTo(sign(secret, r.body())));
        assertThat(all.get(15).json().getString("status")).isEqualTo("COMPLETED");
        assertThat(all).extracting(Received::eventId).doesNotHaveDuplicates();

        Thread.sleep(3000);
        assertThat(mailsTo(email)).as("one email for the documents, none for the other moves").hasSize(1);
        assertThat(count("select count(*) from notification where case_number = '" + caseNumber + "' and status <> 'SENT'"))
                .isZero();
    }

    @Test
    void aReceiverThatFailsGetsTheSameEventAgain() throws Exception {
        String secret = configure(url("/flaky"));
        String ref = HospitalRestIT.reference();
        submit(ref, null);

        List<Received> deliveries = awaitDeliveries(ref, 10); // each of the five moves fails once, then is taken
        Map<String, List<Received>> byEvent = new LinkedHashMap<>();
        deliveries.forEach(r -> byEvent.computeIfAbsent(r.eventId(), k -> new ArrayList<>()).add(r));
        assertThat(byEvent).hasSize(5);
        byEvent.values().forEach(attempts -> {
            assertThat(attempts).hasSize(2);
            assertThat(attempts.get(1).body()).as("the same body").isEqualTo(attempts.get(0).body());
            assertThat(attempts.get(1).signature()).isEqualTo(sign(secret, attempts.get(0).body()));
        });
        assertThat(steps(deliveries.stream().filter(r -> byEvent.get(r.eventId()).get(1) == r).toList()))
                .as("still in order").startsWith("null>receive_application", "receive_application>check_and_register");
    }

    @Test
    void aReceiverThatRefusesEndsOnTheAdminsPageWhereItIsReplayedOrDiscarded() throws Exception {
        String secret = configure(url("/refuse"));
        String ref = HospitalRestIT.reference();
        String caseNumber = submit(ref, null).getString("caseNumber");
        awaitTrue("five dead callbacks", () -> count("select count(*) from notification where case_number = '" + caseNumber
                + "' and status = 'DEAD'") == 5);
        List<Received> refused = deliveriesOf(ref);
        assertThat(refused).as("a refusal is not sent again").hasSize(5);
        assertThat(refused).extracting(Received::eventId).doesNotHaveDuplicates();

        PortalClient admin = new CasePortal().as("admin");
        String page = admin.get("admin/dead-letters.xhtml").body();
        assertThat(page).contains(caseNumber, "400", refused.get(0).eventId());

        configure(url("/ok"), false); // the hospital fixed its system
        assertThat(act(admin, refused.get(0).eventId(), "replay")).contains("Notifikasi dijadwalkan ulang.");
        awaitTrue("the replayed callback", () -> deliveriesOf(ref).stream().anyMatch(r -> r.path().equals("/ok")));
        Received replayed = deliveriesOf(ref).stream().filter(r -> r.path().equals("/ok")).findFirst().orElseThrow();
        assertThat(replayed.eventId()).as("the same event").isEqualTo(refused.get(0).eventId());
        assertThat(replayed.body()).isEqualTo(refused.get(0).body());
        assertThat(replayed.signature()).isEqualTo(sign(secret, replayed.body()));

        assertThat(act(admin, refused.get(1).eventId(), "discard")).contains("Notifikasi dibatalkan.");
        assertThat(status(refused.get(0).eventId())).isEqualTo("SENT");
        assertThat(status(refused.get(1).eventId())).isEqualTo("DISCARDED");
        assertThat(CaseFlowIT.auditActions(caseNumber)).contains("DEAD_LETTER_REPLAYED", "DEAD_LETTER_DISCARDED");
        assertThat(admin.get("admin/dead-letters.xhtml").body()).doesNotContain(refused.get(0).eventId())
                .doesNotContain(refused.get(1).eventId()).contains(refused.get(2).eventId());
    }

    /** Sets rs.blora's callback URL on the admin's partners page and, for a URL, makes a new secret; returns it. */
    private static String configure(String url) throws Exception {
        return configure(url, true);
    }

    private static String configure(String url, boolean newSecret) throws Exception {
        PortalClient admin = new CasePortal().as("admin");
        String institution = Long.toString(count("select id from institution where code = 'RSUD-BLORA'"));
        assertThat(partnersForm(admin, "callback:save", institution, url)).contains("Alamat callback disimpan.");
        assertThat(CaseFlowIT.auditActions("RSUD-BLORA")).contains("PARTNER_CALLBACK_CHANGED");
        if (url.isEmpty() || !newSecret) {
            return null;
        }
        String answer = partnersForm(admin, "callback:newSecret", institution, url);
        Matcher secret = SECRET.matcher(answer);
        assertThat(secret.find()).as("the new secret is shown").isTrue();
        assertThat(admin.get("admin/partners.xhtml").body()).as("only once").doesNotContain(secret.group(1)).contains(url);
        return secret.group(1);
    }

    private static String partnersForm(PortalClient admin, String button, String institution, String url) throws Exception {
        String form = admin.get("admin/partners.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("callback", "callback");
        fields.put("callback:partner_input", institution);
        fields.put("callback:url", url);
        fields.put(button, "");
        fields.put("jakarta.faces.ViewState", PortalClient.viewState(form));
        HttpResponse<String> answer = admin.post("admin/partners.xhtml", fields);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** Presses replay or discard in the row of a failed notification; returns the messages shown. */
    private static List<String> act(PortalClient admin, String eventId, String button) throws Exception {
        String page = admin.get("admin/dead-letters.xhtml").body();
        Matcher row = Pattern.compile("failed:notifications:(\\d+):" + button).matcher(page.substring(page.indexOf(eventId)));
        assertThat(row.find()).as("a row for " + eventId).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("failed", "failed");
        fields.put("failed:notifications:" + row.group(1) + ":" + button, "");
        fields.put("jakarta.faces.ViewState", PortalClient.viewState(page));
        HttpResponse<String> answer = admin.post("admin/dead-letters.xhtml", fields);
        assertThat(answer.statusCode()).isEqualTo(200);
        return CasePortal.messages(answer.body());
    }

    private static JsonObject submit(String ref, String email) throws Exception {
        JsonObject report = HospitalRestIT.report(ref);
        if (email != null) {
            report = Json.createObjectBuilder(report).add("contact", Json.createObjectBuilder().add("email", email)).build();
        }
        HttpResponse<String> created = HospitalRestIT.post(HOSPITAL, report.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return HospitalRestIT.json(created.body());
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    /** Every request the receiver got for the report, in order. */
    private static List<Received> deliveriesOf(String ref) {
        return received.stream().filter(r -> r.body().contains("\"reference\":\"" + ref + "\"")).toList();
    }

    /** The first {@code n} callbacks taken (2xx) for the report. */
    private static List<Received> await(String ref, int n) throws Exception {
        awaitTrue(n + " callbacks for " + ref, () -> taken(ref).size() >= n);
        return taken(ref).subList(0, n);
    }

    private static List<Received> taken(String ref) {
        return deliveriesOf(ref).stream().filter(r -> r.path().equals("/ok")
                || r.path().equals("/flaky") && !r.equals(firstOf(r.eventId()))).toList();
    }

    private static Received firstOf(String eventId) {
        return received.stream().filter(r -> r.eventId().equals(eventId)).findFirst().orElseThrow();
    }

    private static List<Received> awaitDeliveries(String ref, int n) throws Exception {
        awaitTrue(n + " requests for " + ref, () -> deliveriesOf(ref).size() >= n);
        return deliveriesOf(ref);
    }

    /** "from>to" of each callback ("null" for none). */
    private static List<String> steps(List<Received> callbacks) {
        return callbacks.stream().map(Received::json).map(j -> text(j, "fromStep") + ">" + text(j, "toStep")).toList();
    }

    private static String text(JsonObject json, String field) {
        return json.isNull(field) ? "null" : json.getString(field);
    }

    private static List<MimeMessage> awaitMail(String to) throws Exception {
        awaitTrue("an email to " + to, () -> !mailsTo(to).isEmpty());
        return mailsTo(to);
    }

    private static List<MimeMessage> mailsTo(String to) {
        return EmbeddedPostgresSession.mail().received().stream().filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(to));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(String what, CheckedCondition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as("never: " + what).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    @FunctionalInterface
    private interface CheckedCondition {
        boolean holds() throws Exception;
    }

    private static long caseId(String caseNumber) throws Exception {
        return count("select id from service_case where case_number = '" + caseNumber + "'");
    }

    private static String status(String eventId) throws Exception {
        return Deployments.text("select status from notification where event_id = ?", eventId);
    }

    private static long count(String sql) throws Exception {
        return Deployments.count(sql);
    }
}
