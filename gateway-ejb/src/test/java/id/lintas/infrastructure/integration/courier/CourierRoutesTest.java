package id.lintas.infrastructure.integration.courier;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.courier.Shipment;
import id.lintas.domain.model.sop.CourierLeg;
import java.time.Duration;
import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The courier routes against a stub courier on a real socket. */
class CourierRoutesTest extends CamelTestSupport {
    private static final String CALLBACK = "http://lintas.example/api/v1/courier/events";
    private StubCourier courier;

    @Override
    protected RoutesBuilder createRouteBuilder() throws Exception {
        courier = new StubCourier();
        return new CourierRoutes(new CourierEndpoint(courier.baseUrl(), StubCourier.KEY, Duration.ofMillis(1000), CALLBACK),
                new CourierRoutes.Redelivery(3, 10, "mock:dead"));
    }

    @AfterEach
    void stopStub() {
        courier.close();
    }

    static Shipment leg(String phone) {
        return Shipment.arrange(new Shipment.Arrangement(1, 10, "3316-SELINTAS-2026-000017", "SELINTAS", "courier_pickup",
                CourierLeg.Leg.PICKUP, new Shipment.Contact("RSUD dr. R. Soetijono Blora", "Jl. Dr. Sutomo No. 42, Blora", phone),
                new Shipment.Contact("Dinas Dukcapil Kabupaten Blora", "Jl. Pemuda No. 16, Blora 58215", "(0296) 531000")),
                Instant.parse("2026-11-23T02:00:00Z"));
    }

    private Exchange book(String key, String json) {
        return template.request(CourierRoutes.CREATE_ORDER, e -> {
            e.getIn().setHeader(CourierRoutes.IDEMPOTENCY_KEY, key);
            e.getIn().setBody(json);
        });
    }

    private static String order(String phone) {
        return CourierJson.order(leg(phone), CALLBACK);
    }

    private static Exception error(Exchange answer) {
        return CourierGateway.failure(answer);
    }

    @Test
    void aBookingCarriesTheKeyTheIdempotencyKeyAndTheFileAndReturnsTheOrder() {
        Exchange answer = book("key-1", order("(0296) 531004"));
        assertThat(error(answer)).isNull();
        assertThat(CourierJson.bookedOrder(answer.getMessage().getBody(String.class)).orderId()).isEqualTo("ORD-00000001");
        assertThat(courier.authorizations).containsExactly("Bearer " + StubCourier.KEY);
        assertThat(courier.orders).containsOnlyKeys("key-1");
        assertThat(courier.bodies.get(0)).contains("\"reference_id\":\"3316-SELINTAS-2026-000017-PICKUP\"")
                .contains("\"name\":\"Berkas SELINTAS 3316-SELINTAS-2026-000017\"")
                .contains("\"callback_url\":\"" + CALLBACK + "\"");
    }

    @Test
    void aBookingSentAgainWithTheSameKeyFindsTheSameOrderNotASecondOne() {
        String first = book("key-2", order("(0296) 531004")).getMessage().getBody(String.class);
        String again = book("key-2", order("(0296) 531004")).getMessage().getBody(String.class);
        assertThat(CourierJson.bookedOrder(again)).isEqualTo(CourierJson.bookedOrder(first));
        assertThat(courier.orders).hasSize(1);
        assertThat(courier.orderRequests.get()).isEqualTo(2);
    }

    @Test
    void serverErrorsAreRedeliveredWithTheSameRequestUntilTheCourierAccepts() throws Exception {
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(0);
        courier.failNext = 2;
        Exchange answer = book("key-3", order("(0296) 531004"));
        assertThat(error(answer)).isNull();
        assertThat(CourierJson.bookedOrder(answer.getMessage().getBody(String.class)).orderId()).startsWith("ORD-");
        assertThat(courier.orderRequests.get()).isEqualTo(3);
        assertThat(courier.bodies).singleElement().asString().contains("\"reference_id\"");
        dead.assertIsSatisfied();
    }

    @Test
    void tooManyRequestsAreRedeliveredToo() {
        courier.failStatus = 429;
        courier.failNext = 1;
        assertThat(error(book("key-4", order("(0296) 531004")))).isNull();
        assertThat(courier.orderRequests.get()).isEqualTo(2);
    }

    @Test
    void exhaustedRedeliveriesEndInTheDeadLetterEndpointWithTheOrderAndTheError() throws Exception {
        MockEndpoint dead = getMockEndpoint("mock:dead");
        String json = order("(0296) 531004");
        dead.expectedBodiesReceived(json);
        dead.expectedHeaderReceived(CourierRoutes.IDEMPOTENCY_KEY, "key-5");
        courier.failNext = 100;
        Exchange answer = book("key-5", json);
        dead.assertIsSatisfied();
        assertThat(CourierRoutes.httpFailure(error(answer))).isNotNull()
                .satisfies(failure -> assertThat(failure.getStatusCode()).isEqualTo(503));
        assertThat(courier.orderRequests.get()).isEqualTo(1 + 3);
    }

    @Test
    void whatTheCourierRefusesIsNotRetriedButDeadLettered() throws Exception {
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);
        Exchange answer = book("key-6", order(null));
        dead.assertIsSatisfied();
        assertThat(courier.orderRequests.get()).isEqualTo(1);
        HttpOperationFailedException refusal = CourierRoutes.httpFailure(error(answer));
        assertThat(refusal.getStatusCode()).isEqualTo(422);
        assertThat(CourierJson.refusal(refusal.getResponseBody()))
                .isEqualTo("validation_failed: The order is invalid; pickup.contact_phone pickup.contact_phone is required.");
    }

    @Test
    void aCourierThatKeepsFailingOpensTheCircuitAndIsNotCalledWhileItIsOpen() {
        courier.failNext = 1000;
        book("key-7", order("(0296) 531004"));
        book("key-8", order("(0296) 531004"));
        int calls = courier.orderRequests.get();
        assertThat(calls).as("the breaker opened after its minimum of five calls").isLessThan(8);
        Exchange answer = book("key-9", order("(0296) 531004"));
        assertThat(courier.orderRequests.get()).isEqualTo(calls);
        assertThat(error(answer)).hasMessageContaining("OPEN");
    }

    @Test
    void aSlowCourierTimesOutAndIsRedelivered() {
        courier.delayMs = 1500;
        Exchange answer = book("key-10", order("(0296) 531004"));
        assertThat(error(answer)).isNotNull();
        assertThat(courier.orderRequests.get()).isEqualTo(1 + 3);
    }

    private Exchange cancel(String orderId) {
        return template.request(CourierRoutes.CANCEL_ORDER, e -> {
            e.setProperty(CourierRoutes.ORDER_ID, orderId);
            e.getIn().setBody(CourierJson.cancellation(leg("0296531004")));
        });
    }

    @Test
    void aCancellationIsRedeliveredOnServerErrorsAndAnUnknownOrderIsNotRetried() {
        String id = CourierJson.bookedOrder(book("key-11", order("(0296) 531004")).getMessage().getBody(String.class)).orderId();
        courier.failNext = 1;
        Exchange cancelled = cancel(id);
        assertThat(error(cancelled)).isNull();
        assertThat(cancelled.getMessage().getBody(String.class)).contains("\"status\":\"cancelled\"");
        assertThat(courier.cancelRequests.get()).isEqualTo(2);

        Exchange unknown = cancel("ORD-99999999");
        assertThat(CourierRoutes.httpFailure(error(unknown)).getStatusCode()).isEqualTo(404);
        assertThat(courier.cancelRequests.get()).isEqualTo(3);
    }

    @Test
    void theRoutesStartWithTheGatewaysDeadLetterEndpoint() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new CourierRoutes(CourierEndpoint.of("http://localhost:1/", "k", Duration.ofMillis(100),
                    "http://localhost:8080/"), new CourierRoutes.Redelivery(2, 250, CourierGateway.DEAD_LETTER)));
            camel.start();
            assertThat(camel.getRoutes()).extracting(r -> r.getRouteId())
                    .containsExactlyInAnyOrder("courier-create-order", "courier-post-order", "courier-cancel-order");
        }
    }
}
