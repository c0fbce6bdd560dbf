package id.lintas.infrastructure.integration.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.whatsapp.Reply;
import id.lintas.domain.model.whatsapp.WaId;
import id.lintas.infrastructure.integration.Redelivery;
import java.time.Duration;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The WhatsApp gateway and its routes against a stub Graph API on a real socket. */
class WhatsAppRoutesTest extends CamelTestSupport {
    private StubGraph graph;
    private WhatsAppGateway gateway;

    @Override
    protected RoutesBuilder createRouteBuilder() throws Exception {
        graph = new StubGraph();
        return new WhatsAppRoutes(new CloudApi(graph.base(), "v21.0", "106540352242922", "tok-123", Duration.ofSeconds(2)),
                new Redelivery("mock:dead", 2, 10));
    }

    private WhatsAppGateway gateway() {
        if (gateway == null) {
            gateway = WhatsAppGateway.on(context);
        }
        return gateway;
    }

    @AfterEach
    void stopGraph() {
        graph.close();
    }

    @Test
    void aMessageIsPostedWithTheBearerTokenAndItsWamidKept() {
        String body = CloudApiJson.message(WaId.of("6281234567890"), new Reply.Text("Halo, selamat datang"));

        WhatsAppGateway.Sent sent = gateway().send(body);

        assertThat(sent.result()).isEqualTo(WhatsAppGateway.Result.DONE);
        assertThat(sent.wamid()).isEqualTo("wamid.OUT1");
        assertThat(graph.requests).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.uri()).isEqualTo("/v21.0/106540352242922/messages");
            assertThat(r.authorization()).isEqualTo("Bearer tok-123");
            assertThat(r.body()).isEqualTo(body);
        });
    }

    @Test
    void aGraphErrorAboutTheRequestIsARefusalWithoutRedelivery() {
        graph.sendStatus = 400;

        WhatsAppGateway.Sent sent = gateway().send("{}");

        assertThat(sent.result()).isEqualTo(WhatsAppGateway.Result.REFUSED);
        assertThat(sent.error()).contains("400", "Graph error 131030", "not in allowed list");
        assertThat(graph.requests).hasSize(1);
    }

    @Test
    void throttlingAndServerErrorsAreRedeliveredThenFailForNow() {
        graph.sendStatus = 429;
        graph.sendError = "{\"error\":{\"message\":\"(#130429) Rate limit hit\",\"code\":130429}}";

        WhatsAppGateway.Sent sent = gateway().send("{}");

        assertThat(sent.result()).isEqualTo(WhatsAppGateway.Result.FAILED_FOR_NOW);
        assertThat(graph.requests).hasSize(3);

        graph.requests.clear();
        graph.sendStatus = 503;
        assertThat(gateway().send("{}").result()).isEqualTo(WhatsAppGateway.Result.FAILED_FOR_NOW);
        assertThat(graph.requests).hasSize(3);
    }

    @Test
    void aFileIsFetchedThroughItsUrlWithTheToken() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10, 0x20};
        graph.files.put("1003383421387256", jpeg);

        WhatsAppGateway.Fetched f = gateway().fetch("1003383421387256", 1024);

        assertThat(f.result()).isEqualTo(WhatsAppGateway.Result.DONE);
        assertThat(f.bytes()).isEqualTo(jpeg);
        assertThat(f.tooLarge()).isFalse();
        assertThat(f.mimeType()).isEqualTo("image/jpeg");
        assertThat(graph.requests).extracting(StubGraph.Request::uri).containsExactly("/v21.0/1003383421387256",
                "/download/1003383421387256?ext=1772413200&hash=ATu");
        assertThat(graph.requests).extracting(StubGraph.Request::authorization).containsOnly("Bearer tok-123");
    }

    @Test
    void aFileAnnouncedTooLargeIsNotDownloaded() {
        graph.files.put("1584512345678901", new byte[10]);
        graph.announcedSize = 40L * 1024 * 1024;

        WhatsAppGateway.Fetched f = gateway().fetch("1584512345678901", 10L * 1024 * 1024);

        assertThat(f.tooLarge()).isTrue();
        assertThat(f.size()).isEqualTo(40L * 1024 * 1024);
        assertThat(f.bytes()).isNull();
        assertThat(graph.requests).hasSize(1);
    }

    @Test
    void aFileLargerThanAnnouncedIsNotKept() {
        graph.files.put("77", new byte[2048]);
        graph.announcedSize = 10L;

        WhatsAppGateway.Fetched f = gateway().fetch("77", 1024);

        assertThat(f.tooLarge()).isTrue();
        assertThat(f.size()).isEqualTo(2048L);
    }

    @Test
    void anUnknownMediaIsRefusedAndAFailingServerFailsForNow() {
        assertThat(gateway().fetch("404404", 1024).result()).isEqualTo(WhatsAppGateway.Result.REFUSED);

        graph.files.put("55", new byte[1]);
        graph.mediaStatus = 500;
        WhatsAppGateway.Fetched f = gateway().fetch("55", 1024);
        assertThat(f.result()).isEqualTo(WhatsAppGateway.Result.FAILED_FOR_NOW);
        assertThat(f.error()).startsWith("500");
    }
}
