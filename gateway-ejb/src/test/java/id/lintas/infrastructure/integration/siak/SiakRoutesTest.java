package id.lintas.infrastructure.integration.siak;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.siak.Family;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SIAK routes against a stub SIAK on a real socket. */
class SiakRoutesTest extends CamelTestSupport {
    private StubSiak siak;

    @Override
    protected RoutesBuilder createRouteBuilder() throws Exception {
        siak = new StubSiak();
        return new SiakRoutes(new SiakEndpoint(siak.baseUrl(), StubSiak.KEY, Duration.ofMillis(500), Duration.ofSeconds(2)),
                "mock:dead", 3, 10);
    }

    @AfterEach
    void stopStub() {
        siak.close();
    }

    private Exchange lookup(String nik) {
        return template.request(SiakRoutes.LOOKUP_RESIDENT, e -> e.getIn().setHeader(SiakRoutes.NIK, nik));
    }

    private Exchange submit(String key, String json) {
        return template.request(SiakRoutes.SUBMIT_DRAFT, e -> {
            e.getIn().setHeader(SiakRoutes.IDEMPOTENCY_KEY, key);
            e.getIn().setBody(json);
        });
    }

    @Test
    void aLookupReturnsSiaksRecord() {
        Exchange answer = lookup(StubSiak.KNOWN_NIK);
        assertThat(answer.getMessage().getHeader(SiakRoutes.UNAVAILABLE)).isNull();
        assertThat(answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class)).isEqualTo(200);
        assertThat(answer.getMessage().getBody(String.class)).contains("\"NAMA_LGKP\":\"SITI AMINAH\"");
    }

    @Test
    void anUnknownNikIsAnAnswerNotAnOutage() {
        Exchange answer = lookup("3316090101010001");
        assertThat(answer.getMessage().getHeader(SiakRoutes.UNAVAILABLE)).isNull();
        assertThat(answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class)).isEqualTo(404);
    }

    @Test
    void aFamilyLookupReturnsTheKkWithItsMembersInCardOrder() {
        Exchange answer = template.request(SiakRoutes.LOOKUP_FAMILY, e -> e.getIn().setHeader(SiakRoutes.KK, StubSiak.KNOWN_KK));
        assertThat(answer.getMessage().getHeader(SiakRoutes.UNAVAILABLE)).isNull();
        assertThat(answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class)).isEqualTo(200);
        Family family = SiakJson.family(answer.getMessage().getBody(String.class));
        assertThat(family.number().value()).isEqualTo(StubSiak.KNOWN_KK);
        assertThat(family.head()).contains("BUDI SANTOSO");
        assertThat(family.village()).isEqualTo("KUNDEN");
        assertThat(family.members()).extracting(m -> m.resident().fullName()).containsExactly("BUDI SANTOSO", "SITI AMINAH");
        Family.Member head = family.members().get(0);
        assertThat(head.resident().familyRelation()).isEqualTo("KEPALA KELUARGA");
        assertThat(head.religion()).isEqualTo("ISLAM");
        assertThat(head.motherName()).isEqualTo("SUMIATI");
        assertThat(family.members().get(1).education()).isNull();
    }

    @Test
    void anUnknownKkIsAnAnswerNotAnOutage() {
        Exchange answer = template.request(SiakRoutes.LOOKUP_FAMILY, e -> e.getIn().setHeader(SiakRoutes.KK, "3316090101100002"));
        assertThat(answer.getMessage().getHeader(SiakRoutes.UNAVAILABLE)).isNull();
        assertThat(answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class)).isEqualTo(404);
    }

    @Test
    void aSlowSiakFailsTheLookupFastInsteadOfHanging() {
        siak.delayMs = 3000;
        long t0 = System.nanoTime();
        Exchange answer = lookup(StubSiak.KNOWN_NIK);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(answer.getMessage().getHeader(SiakRoutes.UNAVAILABLE, Boolean.class)).isTrue();
        assertThat(answer.getException()).isNull();
        assertThat(ms).isLessThan(1500);
    }

    @Test
    void theCircuitOpensWhenSiakKeepsFailingAndStopsCallingIt() {
        siak.failNext = 1000;
        for (int i = 0; i < 10; i++) {
            assertThat(lookup(StubSiak.KNOWN_NIK).getMessage().getHeader(SiakRoutes.UNAVAILABLE, Boolean.class)).isTrue();
        }
        int calls = siak.lookups.get();
        for (int i = 0; i < 10; i++) {
            assertThat(lookup(StubSiak.KNOWN_NIK).getMessage().getHeader(SiakRoutes.UNAVAILABLE, Boolean.class)).isTrue();
        }
        assertThat(calls).isLessThan(10);
        assertThat(siak.lookups.get()).isEqualTo(calls);
    }

    @Test
    void aComparisonComesBackFieldByField() {
        Exchange answer = template.request(SiakRoutes.COMPARE,
                e -> e.getIn().setBody("{\"NIK\":\"" + StubSiak.KNOWN_NIK + "\",\"NAMA_LGKP\":\"SITI\"}"));
        assertThat(answer.getMessage().getBody(String.class)).contains("\"SESUAI\":false");
    }

    @Test
    void serverErrorsAreRedeliveredUntilSiakAccepts() throws Exception {
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(0);
        siak.failNext = 2;
        Exchange answer = submit("key-1", "{\"JENIS\":\"KELAHIRAN\"}");
        assertThat(answer.getException()).isNull();
        assertThat(id.lintas.infrastructure.integration.Redelivery.failure(answer))
                .as("delivered, though the first errors are still the caught exception").isNull();
        assertThat(answer.getMessage().getBody(String.class)).contains("\"ID_DRAFT\":\"D1\"");
        assertThat(siak.draftRequests.get()).isEqualTo(3);
        dead.assertIsSatisfied();
    }

    @Test
    void exhaustedRedeliveriesEndInTheDeadLetterStoreWithPayloadAndError() throws Exception {
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived("{\"JENIS\":\"KELAHIRAN\",\"X\":1}");
        dead.expectedHeaderReceived(SiakRoutes.IDEMPOTENCY_KEY, "key-2");
        siak.failNext = 100;
        submit("key-2", "{\"JENIS\":\"KELAHIRAN\",\"X\":1}");
        dead.assertIsSatisfied();
        Exception error = dead.getReceivedExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertThat(error).isInstanceOf(HttpOperationFailedException.class);
        assertThat(((HttpOperationFailedException) error).getStatusCode()).isEqualTo(503);
        assertThat(siak.draftRequests.get()).isEqualTo(1 + 3);
    }

    @Test
    void whatSiakRefusesIsNotRetriedButDeadLettered() throws Exception {
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);
        submit("key-3", "{\"JENIS\":\"KELAHIRAN\",\"NIK_IBU\":\"0\"}");
        dead.assertIsSatisfied();
        assertThat(siak.draftRequests.get()).isEqualTo(1);
    }

    @Test
    void aSubmissionSentAgainFindsTheSameDraftNotASecondOne() {
        siak.failNext = 0;
        String first = submit("key-4", "{\"JENIS\":\"KELAHIRAN\"}").getMessage().getBody(String.class);
        String again = submit("key-4", "{\"JENIS\":\"KELAHIRAN\"}").getMessage().getBody(String.class);
        assertThat(again).isEqualTo(first);
        assertThat(siak.drafts).hasSize(1);
    }

    private Exchange draftState(String id) {
        return template.request(SiakRoutes.DRAFT_STATE, e -> e.getIn().setHeader(SiakRoutes.DRAFT_ID, id));
    }

    @Test
    void aDraftsStateIsReadUntilSiakNumbersIt() {
        siak.failNext = 0;
        String id = SiakJson.draftId(submit("key-5", "{\"JENIS\":\"KELAHIRAN\"}").getMessage().getBody(String.class));
        SiakJson.DraftState pending = SiakJson.draftState(draftState(id).getMessage().getBody(String.class));
        assertThat(pending.status()).isEqualTo("DIAJUKAN");
        assertThat(pending.issued()).isEmpty();

        siak.decisions.put(id, "\"STATUS\":\"TERBIT\",\"TGL_TERBIT\":\"23-11-2026\",\"NIK\":\"3316086311260001\","
                + "\"NO_KK\":\"3316080510220001\",\"KK_BARU\":false,\"NO_AKTA_LHR\":\"3316-LU-23112026-0001\","
                + "\"NO_KIA\":\"3316086311260001\"");
        SiakJson.DraftState issued = SiakJson.draftState(draftState(id).getMessage().getBody(String.class));
        assertThat(issued.isIssued()).isTrue();
        assertThat(issued.issued()).containsEntry("NIK", "3316086311260001").containsEntry("KK_BARU", "false")
                .containsEntry("NO_AKTA_LHR", "3316-LU-23112026-0001").containsEntry("NO_KIA", "3316086311260001")
                .containsEntry("TGL_TERBIT", "23-11-2026").doesNotContainKeys("DATA", "STATUS", "ID_DRAFT", "RESPON");
        assertThat(siak.stateRequests.get()).isEqualTo(2);
    }

    @Test
    void aDraftStateQuestionIsNotRetriedByTheRouteTheRelayAsksAgainLater() {
        siak.failNext = 0;
        String id = SiakJson.draftId(submit("key-6", "{\"JENIS\":\"KELAHIRAN\"}").getMessage().getBody(String.class));
        siak.failNext = 1;
        Exception error = draftState(id).getException();
        assertThat(error).isInstanceOf(HttpOperationFailedException.class);
        assertThat(((HttpOperationFailedException) error).getStatusCode()).isEqualTo(503);
        assertThat(siak.stateRequests.get()).isEqualTo(1);

        Exception unknown = draftState("D999").getException();
        assertThat(((HttpOperationFailedException) unknown).getStatusCode()).isEqualTo(404);
    }
}
