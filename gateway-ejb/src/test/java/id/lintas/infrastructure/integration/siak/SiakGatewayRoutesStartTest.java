package id.lintas.infrastructure.integration.siak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** The routes start with the production settings the gateway gives them (every endpoint on the classpath). */
class SiakGatewayRoutesStartTest {
    @Test
    void theRoutesStartWithTheProductionDeadLetterEndpoint() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new SiakRoutes(new SiakEndpoint("http://localhost:1", "k", Duration.ofMillis(100),
                    Duration.ofMillis(100)), SiakGateway.DEAD_LETTER, 2, 250));
            camel.start();
            assertThat(camel.getRoutes()).extracting(r -> r.getRouteId())
                    .containsExactlyInAnyOrder("siak-lookup-resident", "siak-lookup-family", "siak-compare", "siak-submit-draft",
                            "siak-draft-state");
        }
    }
}
