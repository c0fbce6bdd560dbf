package id.lintas.infrastructure.integration.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.lintas.infrastructure.integration.HttpCalls;
import id.lintas.infrastructure.integration.Redelivery;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The notification routes against a partner's receiver and an SMTP server (GreenMail), both on real sockets. */
class NotificationRoutesTest extends CamelTestSupport {
    private static final int REDELIVERIES = 2;
    private StubReceiver partner;
    private GreenMail smtp;

    @Override
    protected RoutesBuilder createRouteBuilder() throws Exception {
        partner = new StubReceiver();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        MailServer server = new MailServer("127.0.0.1", smtp.getSmtp().getPort(), null, null,
                "Dinas Dukcapil Kabupaten Blora <dukcapil@blora.test>", "none", Duration.ofSeconds(5));
        return new NotificationRoutes(Duration.ofMillis(800), Optional.of(server),
                new Redelivery("mock:dead", REDELIVERIES, 10));
    }

    @AfterEach
    void stopServers() {
        partner.close();
        smtp.stop();
    }

    private Exchange post(String body) {
        return post(body, "e-1");
    }

    private Exchange post(String body, String eventId) {
        return template.request(NotificationRoutes.CALLBACK, e -> {
            e.setProperty(NotificationRoutes.URL, partner.url());
            e.getIn().setHeader("X-Lintas-Signature", "sha256=abc");
            e.getIn().setHeader("X-Lintas-Event-Id", eventId);
            e.getIn().setHeader("X-Lintas-Event", "case.moved");
            e.getIn().setBody(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    @Test
    void aCallbackIsPostedWithItsHeadersAndTheExactBody() {
        String body = "{\"event\":\"case.moved\",\"reference\":\"RM-é\"}";
        Exchange answer = post(body);
        assertThat(Redelivery.failure(answer)).isNull();
        assertThat(partner.requests).hasSize(1);
        StubReceiver.Request request = partner.requests.get(0);
        assertThat(request.body()).isEqualTo(body);
        assertThat(request.header("X-Lintas-Signature")).isEqualTo("sha256=abc");
        assertThat(request.header("X-Lintas-Event-Id")).isEqualTo("e-1");
        assertThat(request.header("X-Lintas-Event")).isEqualTo("case.moved");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.headers().keySet()).noneMatch(h -> h.startsWith("Camel") || h.startsWith("Lintas"));
    }

    @Test
    void aReceiverThatKeepsFailingGetsTheRedeliveriesThenTheDeadLetterEndpointHasIt() throws Exception {
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);
        partner.status = 503;
        Exchange answer = post("{}");
        dead.assertIsSatisfied();
        assertThat(partner.requests).as("first attempt and redeliveries, no more: HttpClient does not retry by itself")
                .hasSize(1 + REDELIVERIES);
        assertThat(partner.requests).extracting(r -> r.header("X-Lintas-Event-Id")).containsOnly("e-1");
        assertThat(Redelivery.failure(answer)).isInstanceOfSatisfying(HttpOperationFailedException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(503));
    }

    @Test
    void aReceiverThatFailsOnceGetsTheSameEventAgainAtOnce() {
        partner.failFirst = true;
        long t0 = System.nanoTime();
        for (String event : new String[] {"e-1", "e-2", "e-3"}) {
            assertThat(Redelivery.failure(post("{\"n\":1}", event))).isNull();
        }
        assertThat((System.nanoTime() - t0) / 1_000_000).as("three events, each redelivered once after 10 ms").isLessThan(1500);
        assertThat(partner.requests).extracting(r -> r.header("X-Lintas-Event-Id"))
                .containsExactly("e-1", "e-1", "e-2", "e-2", "e-3", "e-3");
    }

    @Test
    void aSlowReceiverTimesOutAndIsRedelivered() {
        partner.delayMs = 1500;
        Exchange answer = post("{}");
        assertThat(Redelivery.failure(answer)).isNotNull().isNotInstanceOf(HttpOperationFailedException.class);
        assertThat(partner.requests).hasSize(1 + REDELIVERIES);
    }

    @Test
    void aRefusalIsNotRetriedButTooManyRequestsIs() {
        partner.status = 400;
        Exchange refused = post("{}");
        assertThat(partner.requests).hasSize(1);
        assertThat(Redelivery.failure(refused)).isInstanceOfSatisfying(HttpOperationFailedException.class,
                e -> assertThat(HttpCalls.isRefusal(e.getStatusCode())).isTrue());
        partner.requests.clear();
        partner.status = 429;
        post("{}");
        assertThat(partner.requests).hasSize(1 + REDELIVERIES);
        assertThat(HttpCalls.isRefusal(408)).isFalse();
        assertThat(HttpCalls.isRefusal(404)).isTrue();
        assertThat(HttpCalls.isRefusal(500)).isFalse();
    }

    @Test
    void anEmailGoesThroughTheSmtpServerInUtf8WithItsEventId() throws Exception {
        Exchange answer = template.request(NotificationRoutes.MAIL, e -> {
            e.getIn().setHeaders(Map.of("To", "ibu.sri@example.test", "Subject", "Dokumen kelahiran Bayi Ny. Sri sedang dikirim",
                    "X-Lintas-Event-Id", "e-9"));
            e.getIn().setBody("Yth. Bapak/Ibu,\n\nDokumen · akta kelahiran\n\nDear parents, ...");
        });
        assertThat(Redelivery.failure(answer)).isNull();
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Dokumen kelahiran Bayi Ny. Sri sedang dikirim");
        assertThat(mail.getFrom()[0].toString()).contains("dukcapil@blora.test");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ibu.sri@example.test");
        assertThat(mail.getHeader("X-Lintas-Event-Id")).containsExactly("e-9");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) mail.getContent()).contains("Dokumen · akta kelahiran", "Dear parents").doesNotContain("CamelHttp");
    }

    @Test
    void anUnreachableMailServerIsRedeliveredThenDeadAndNoAddressIsTakenForRejected() throws Exception {
        smtp.stop();
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);
        Exchange answer = template.request(NotificationRoutes.MAIL, e -> {
            e.getIn().setHeaders(Map.of("To", "ibu.sri@example.test", "Subject", "x"));
            e.getIn().setBody("x");
        });
        dead.assertIsSatisfied();
        assertThat(Redelivery.failure(answer)).isNotNull();
        assertThat(MailFailures.rejectedAddress(Redelivery.failure(answer))).isFalse();
    }

    @Test
    void anAddressTheServerRejectsIsARefusal() throws Exception {
        var address = new jakarta.mail.internet.InternetAddress("nobody@example.test");
        var rejected = new jakarta.mail.SendFailedException("Invalid Addresses", null, new jakarta.mail.Address[0],
                new jakarta.mail.Address[0], new jakarta.mail.Address[] {address});
        assertThat(MailFailures.rejectedAddress(new RuntimeException("camel", rejected))).isTrue();
        assertThat(MailFailures.rejectedAddress(new jakarta.mail.SendFailedException("4xx later", null,
                new jakarta.mail.Address[0], new jakarta.mail.Address[] {address}, new jakarta.mail.Address[0]))).isFalse();
    }
}
