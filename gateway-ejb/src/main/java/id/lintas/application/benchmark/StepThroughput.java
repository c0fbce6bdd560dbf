package id.lintas.application.benchmark;

import id.lintas.application.servicecase.CaseQueries;
import id.lintas.application.servicecase.CaseRef;
import id.lintas.application.servicecase.CaseService;
import id.lintas.application.servicecase.OpenCaseRequest;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.SopCatalog;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
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
 * Measures the application layer from inside the server, for the benchmark command only
 * ({@code LINTAS_BENCHMARK=true}; refused otherwise): step completions through
 * {@link CaseService} (security, transaction, domain, JPA, audit, as the portal calls them), and
 * the inbox query through {@link CaseQueries}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StepThroughput {
    /** LANDA MEWA begins with operator steps only: scan, upload, download and print. */
    private static final String SOP = "LANDA_MEWA";
    private static final int OPERATOR_STEPS = 3;

    @Inject
    @ConfigProperty(name = "lintas.benchmark", defaultValue = "false")
    boolean enabled;

    @EJB
    CaseService cases;

    @EJB
    CaseQueries queries;

    @Inject
    SopCatalog catalog;

    @Resource
    ManagedExecutorService executor;

    /** Opens {@code count} cases, then completes their first operator steps on {@code threads} threads. */
    @RolesAllowed(Role.Names.OPERATOR)
    public Map<String, Object> completeSteps(int count, int threads) throws InterruptedException, ExecutionException {
        requireEnabled();
        List<StepDefinition> steps = catalog.current(SOP).definition().steps().subList(0, OPERATOR_STEPS);
        long t0 = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CaseRef ref = cases.open(new OpenCaseRequest(SOP, null, "Benchmark " + i, null, List.of(), List.of()));
            ids.add(ref.id());
        }
        long opened = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(executor.submit(() -> {
                int done = 0;
                for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                    for (StepDefinition step : steps) {
                        cases.complete(ids.get(i), step.checklist().stream().map(c -> c.key()).collect(Collectors.toSet()));
                        done++;
                    }
                }
                return done;
            }));
        }
        int completions = 0;
        for (Future<Integer> w : workers) {
            completions += w.get();
        }
        long finished = System.nanoTime();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("casesOpened", count);
        result.put("openPerSecond", Math.round(count / ((opened - t0) / 1e9)));
        result.put("stepCompletions", completions);
        result.put("threads", threads);
        result.put("completionSeconds", Math.round((finished - opened) / 1e6) / 1e3);
        result.put("completionsPerSecond", Math.round(completions / ((finished - opened) / 1e9)));
        return result;
    }

    /** Times the caller's inbox query {@code repeat} times: entries, median, 95th percentile and worst in ms. */
    @RolesAllowed({Role.Names.KASI, Role.Names.OPERATOR})
    public Map<String, Object> inbox(int repeat) {
        requireEnabled();
        double[] ms = new double[repeat];
        int entries = 0;
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            entries = queries.inbox().size();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("entries", entries);
        result.put("repeat", repeat);
        result.put("medianMs", round(ms[repeat / 2]));
        result.put("p95Ms", round(ms[(int) Math.min(repeat - 1, Math.ceil(repeat * 0.95) - 1)]));
        result.put("maxMs", round(ms[repeat - 1]));
        return result;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new BusinessException("benchmark.disabled");
        }
    }
}
