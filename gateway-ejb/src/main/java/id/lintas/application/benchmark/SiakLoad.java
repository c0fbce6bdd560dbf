package id.lintas.application.benchmark;

import id.lintas.application.servicecase.ActorLookup;
import id.lintas.application.servicecase.CaseRef;
import id.lintas.application.servicecase.CaseService;
import id.lintas.application.servicecase.OpenCaseRequest;
import id.lintas.application.siak.SiakOutbox;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.siak.SiakSubmission;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.sop.SiakUse;
import id.lintas.domain.model.sop.Intake;
import id.lintas.domain.model.sop.SopCatalog;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.service.PopulationRegistry;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.Jsons;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Load for the SIAK gateway, for the benchmark command and the outage tests only
 * ({@code LINTAS_BENCHMARK=true}; refused otherwise): SELINTAS births registered by a hospital
 * through {@link CaseService}, opened as the birth report worker opens them (the portal cannot open
 * SELINTAS cases) and then step by step up to and including the step that enters them into SIAK
 * (so each one writes its outbox entry exactly as a hospital's would), and the synchronous SIAK
 * lookup timed as staff use it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SiakLoad {
    private static final String SOP = "SELINTAS";

    /** A couple SIAK knows (from the sandbox's samples) whose baby is registered. */
    public record Birth(String motherNik, String motherName, String fatherNik, String fatherName, String kk)
            implements Serializable {
    }

    @Inject
    @ConfigProperty(name = "lintas.benchmark", defaultValue = "false")
    boolean enabled;

    @EJB
    CaseService cases;

    @EJB
    PopulationRegistry registry;

    @Inject
    SopCatalog catalog;

    @Inject
    SiakOutbox outbox;

    @Inject
    ActorLookup actors;

    @Resource
    SessionContext context;

    @Resource
    ManagedExecutorService executor;

    /** Registers one baby per birth on {@code threads} threads; returns counts, time and the case numbers. */
    @RolesAllowed(Role.Names.HOSPITAL)
    public Map<String, Object> registerBirths(List<Birth> births, int threads) throws InterruptedException, ExecutionException {
        requireEnabled();
        List<StepDefinition> steps = new ArrayList<>();
        for (StepDefinition step : catalog.current(SOP).definition().steps()) {
            steps.add(step);
            if (step.siak().filter(SiakUse.SUBMIT::equals).isPresent()) {
                break;
            }
        }
        // the births a hospital's system reports, opened as the birth report worker opens them (SELINTAS is
        // opened by birth reports only): as the signed-in hospital account, through the benchmark endpoint only
        Actor hospital = actors.of(context);
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1);
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<List<String>>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(executor.submit(() -> {
                List<String> numbers = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < births.size(); i = next.getAndIncrement()) {
                    Birth b = births.get(i);
                    String child = "BAYI NY. " + b.motherName();
                    List<OpenCaseRequest.Person> persons = new ArrayList<>();
                    persons.add(new OpenCaseRequest.Person("CHILD", null, child, i % 2 == 0 ? "FEMALE" : "MALE", yesterday, "BLORA"));
                    persons.add(new OpenCaseRequest.Person("MOTHER", b.motherNik(), b.motherName(), "FEMALE", null));
                    if (b.fatherNik() != null) {
                        persons.add(new OpenCaseRequest.Person("FATHER", b.fatherNik(), b.fatherName(), "MALE", null));
                    }
                    CaseRef ref = cases.openAs(hospital, Intake.BIRTH_REPORT,
                            new OpenCaseRequest(SOP, null, child, b.kk(), persons, List.of()));
                    for (StepDefinition step : steps) {
                        cases.complete(ref.id(), step.checklist().stream().map(c -> c.key()).collect(Collectors.toSet()));
                    }
                    numbers.add(ref.caseNumber());
                }
                return numbers;
            }));
        }
        List<String> caseNumbers = new ArrayList<>();
        for (Future<List<String>> w : workers) {
            caseNumbers.addAll(w.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("births", caseNumbers.size());
        result.put("stepsPerBirth", steps.size());
        result.put("threads", threads);
        result.put("seconds", Math.round(seconds * 1000) / 1000.0);
        result.put("birthsPerSecond", Math.round(caseNumbers.size() / seconds));
        result.put("caseNumbers", caseNumbers);
        return result;
    }

    /**
     * Writes biodata changes to the outbox as the SMART KIDS "update SIAK" step does (one
     * transaction): each {@code {nik, field, value}} becomes a PERUBAHAN_BIODATA submission.
     */
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.HOSPITAL})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int enqueueBiodataChanges(List<Map<String, String>> changes) {
        requireEnabled();
        Actor actor = actors.of(context);
        Instant now = Instant.now();
        int i = 0;
        for (Map<String, String> change : changes) {
            String payload = Jsons.createObjectBuilder().add("JENIS", "PERUBAHAN_BIODATA").add("NIK", change.get("nik"))
                    .add(change.get("field"), change.get("value")).build().toString();
            outbox.store(SiakSubmission.of(actor.officeId(), null, "BENCH-BIODATA-" + (++i), SiakSubmission.Kind.BIODATA,
                    payload, now));
        }
        return i;
    }

    /** Looks the NIKs up in SIAK through the gateway, round after round: latency figures in ms. */
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.HOSPITAL})
    public Map<String, Object> lookups(List<String> niks, int rounds) {
        requireEnabled();
        double[] ms = new double[niks.size() * rounds];
        int n = 0;
        int found = 0;
        int unavailable = 0;
        for (int r = 0; r < rounds; r++) {
            for (String nik : niks) {
                long t0 = System.nanoTime();
                try {
                    found += registry.resident(new Nik(nik)).isPresent() ? 1 : 0;
                } catch (BusinessException e) {
                    unavailable++;
                }
                ms[n++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("lookups", n);
        result.put("found", found);
        result.put("unavailable", unavailable);
        result.put("medianMs", round(percentile(ms, 0.50)));
        result.put("p95Ms", round(percentile(ms, 0.95)));
        result.put("p99Ms", round(percentile(ms, 0.99)));
        result.put("maxMs", round(ms[n - 1]));
        return result;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new BusinessException("benchmark.disabled");
        }
    }
}
