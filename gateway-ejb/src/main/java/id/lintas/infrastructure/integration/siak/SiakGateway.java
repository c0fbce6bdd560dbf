package id.lintas.infrastructure.integration.siak;

import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.siak.Comparison;
import id.lintas.domain.model.siak.Family;
import id.lintas.domain.model.siak.Resident;
import id.lintas.domain.service.PopulationRegistry;
import id.lintas.domain.shared.BusinessException;
import id.lintas.infrastructure.integration.HttpCalls;
import id.lintas.infrastructure.integration.Redelivery;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's link to SIAK: a Camel context (Camel 4 has no CDI module, so it lives in this
 * startup singleton) with the {@link SiakRoutes}. Lookups serve staff synchronously; submissions
 * serve the outbox relay. Where SIAK is comes from configuration ({@code LINTAS_SIAK_URL}), so the
 * sandbox and a real SIAK adapter are interchangeable.
 */
@Singleton
@Startup
@LocalBean
@Local(PopulationRegistry.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SiakGateway implements PopulationRegistry {
    private static final Logger LOG = Logger.getLogger(SiakGateway.class.getName());
    static final String DEAD_LETTER = "log:id.lintas.siak.deadletter?level=WARN&showCaughtException=true&showBody=true";

    /** How one submission attempt ended. */
    public record SubmitOutcome(Result result, String draftId, String error) {
        public enum Result { ACCEPTED, FAILED_FOR_NOW, REFUSED }
    }

    @Inject
    @ConfigProperty(name = "lintas.siak.url", defaultValue = "http://localhost:8090")
    String url;

    @Inject
    @ConfigProperty(name = "lintas.siak.key", defaultValue = "sandbox-key")
    String key;

    @Inject
    @ConfigProperty(name = "lintas.siak.lookup-timeout-ms", defaultValue = "1500")
    long lookupTimeoutMs;

    @Inject
    @ConfigProperty(name = "lintas.siak.submit-timeout-ms", defaultValue = "5000")
    long submitTimeoutMs;

    private CamelContext camel;
    private ProducerTemplate producer;

    @PostConstruct
    void start() {
        SiakEndpoint endpoint = new SiakEndpoint(url, key, Duration.ofMillis(lookupTimeoutMs), Duration.ofMillis(submitTimeoutMs));
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("lintas-gateway");
        try {
            camel.addRoutes(new SiakRoutes(endpoint, DEAD_LETTER, 2, 250));
            camel.start();
        } catch (Exception e) {
            throw new IllegalStateException("the SIAK gateway did not start", e);
        }
        producer = camel.createProducerTemplate();
        LOG.info(() -> "SIAK gateway (Camel " + camel.getVersion() + ") to " + endpoint.baseUrl());
    }

    @PreDestroy
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    @Override
    public Optional<Resident> resident(Nik nik) {
        return lookup(SiakRoutes.LOOKUP_RESIDENT, SiakRoutes.NIK, nik.value()).map(SiakJson::resident);
    }

    @Override
    public Optional<Family> family(KkNumber kk) {
        return lookup(SiakRoutes.LOOKUP_FAMILY, SiakRoutes.KK, kk.value()).map(SiakJson::family);
    }

    /** SIAK's answer to a lookup, empty when it knows nothing under the key (404). */
    private Optional<String> lookup(String route, String header, String key) {
        Exchange answer = producer.request(route, e -> e.getIn().setHeader(header, key));
        requireAvailable(answer);
        Integer status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (status != null && status == 404) {
            return Optional.empty();
        }
        String body = answer.getMessage().getBody(String.class);
        if (status == null || status != 200) {
            throw new BusinessException("siak.refused", SiakJson.refusal(body));
        }
        return Optional.of(body);
    }

    @Override
    public Comparison compare(Nik nik, Map<String, String> submitted) {
        Exchange answer = producer.request(SiakRoutes.COMPARE, e -> e.getIn().setBody(SiakJson.comparisonRequest(nik, submitted)));
        requireAvailable(answer);
        Integer status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        String body = answer.getMessage().getBody(String.class);
        if (status != null && status == 404) {
            throw new BusinessException("siak.unknownResident", nik.masked());
        }
        if (status == null || status != 200) {
            throw new BusinessException("siak.refused", SiakJson.refusal(body));
        }
        return SiakJson.comparison(body);
    }

    /** One attempt to deliver an outbox entry (with the route's own redeliveries). */
    public SubmitOutcome submitDraft(String idempotencyKey, String payload) {
        Exchange answer = producer.request(SiakRoutes.SUBMIT_DRAFT, e -> {
            e.getIn().setHeader(SiakRoutes.IDEMPOTENCY_KEY, idempotencyKey);
            e.getIn().setBody(payload);
        });
        Exception error = Redelivery.failure(answer);
        if (error == null) {
            return new SubmitOutcome(SubmitOutcome.Result.ACCEPTED, SiakJson.draftId(answer.getMessage().getBody(String.class)), null);
        }
        if (error instanceof HttpOperationFailedException http && HttpCalls.isRefusal(http.getStatusCode())) {
            return new SubmitOutcome(SubmitOutcome.Result.REFUSED, null,
                    http.getStatusCode() + " " + SiakJson.refusal(http.getResponseBody()));
        }
        return new SubmitOutcome(SubmitOutcome.Result.FAILED_FOR_NOW, null, describe(error));
    }

    /** How one question about an accepted draft ended. */
    public record DraftOutcome(Result result, Map<String, String> numbers, String reason) {
        public enum Result { NUMBERED, PENDING, REJECTED, UNKNOWN_DRAFT, FAILED_FOR_NOW }
    }

    /** Asks SIAK whether it has numbered (or rejected) a draft it accepted. Never throws. */
    public DraftOutcome draftState(String draftId) {
        Exchange answer = producer.request(SiakRoutes.DRAFT_STATE, e -> e.getIn().setHeader(SiakRoutes.DRAFT_ID, draftId));
        Exception error = answer.getException();
        if (error instanceof HttpOperationFailedException http && http.getStatusCode() == 404) {
            return new DraftOutcome(DraftOutcome.Result.UNKNOWN_DRAFT, Map.of(), "404 " + SiakJson.refusal(http.getResponseBody()));
        }
        if (error != null) {
            return new DraftOutcome(DraftOutcome.Result.FAILED_FOR_NOW, Map.of(), describe(error));
        }
        try {
            SiakJson.DraftState state = SiakJson.draftState(answer.getMessage().getBody(String.class));
            if (state.isIssued()) {
                return new DraftOutcome(DraftOutcome.Result.NUMBERED, state.issued(), null);
            }
            if (state.isRejected()) {
                return new DraftOutcome(DraftOutcome.Result.REJECTED, Map.of(), "DITOLAK: " + state.reason());
            }
            return new DraftOutcome(DraftOutcome.Result.PENDING, Map.of(), null);
        } catch (RuntimeException unreadable) {
            return new DraftOutcome(DraftOutcome.Result.FAILED_FOR_NOW, Map.of(), "SIAK's answer unreadable: " + unreadable.getMessage());
        }
    }

    private static String describe(Exception error) {
        if (error instanceof HttpOperationFailedException http) {
            return http.getStatusCode() + " " + SiakJson.refusal(http.getResponseBody());
        }
        return error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    private static void requireAvailable(Exchange answer) {
        if (Boolean.TRUE.equals(answer.getMessage().getHeader(SiakRoutes.UNAVAILABLE, Boolean.class))
                || answer.getException() != null) {
            throw new BusinessException("siak.unavailable");
        }
    }
}
