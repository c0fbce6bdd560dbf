package id.lintas.sandbox.siak;

import id.lintas.sandbox.SandboxModule;
import id.lintas.sandbox.approval.ApprovalControl;
import id.lintas.sandbox.approval.ApprovalPolicy;
import id.lintas.sandbox.fault.FaultInjector;
import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.http.Reply;
import id.lintas.sandbox.http.Router;
import id.lintas.sandbox.siak.draft.DraftService;
import id.lintas.sandbox.siak.population.Population;
import id.lintas.sandbox.siak.population.PopulationGenerator;
import id.lintas.sandbox.siak.registry.Registry;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The central SIAK (Sistem Informasi Administrasi Kependudukan, the national population
 * database where every document is drafted, approved and numbered) of Kabupaten Blora, played for
 * the gateway: a generated population in memory, lookups, verification, drafts with idempotency
 * and numbering, approved by the office's polling or by hand as its {@link ApprovalPolicy} says,
 * and a fault injector for its API.
 */
public final class SiakSandbox implements SandboxModule {
    private final Population population;
    private final Registry registry;
    private final DraftService drafts;
    private final SiakApi api;
    private final FaultInjector faults;
    private final ApprovalControl approval = new ApprovalControl(ApprovalPolicy.defaults());
    private final Clock clock;

    /** Generates {@code residents} residents from {@code seed}; {@code clock} dates drafts and numbers. */
    public SiakSandbox(long seed, int residents, Clock clock) {
        this.clock = clock;
        this.population = PopulationGenerator.generate(seed, residents);
        this.registry = new Registry(population);
        this.drafts = new DraftService(registry, clock);
        this.api = new SiakApi(registry, drafts, approval);
        this.faults = new FaultInjector("SIAK", clock);
    }

    @Override
    public String name() {
        return "siak";
    }

    @Override
    public String contextPath() {
        return SiakApi.BASE;
    }

    @Override
    public Router router() {
        return api.router();
    }

    @Override
    public FaultInjector faults() {
        return faults;
    }

    /**
     * How drafts are approved: AUTO without delay unless set otherwise, e.g.
     * {@code siak.approval().set(ApprovalPolicy.manual())}.
     */
    @Override
    public ApprovalControl approval() {
        return approval;
    }

    /** The data, for code that embeds the sandbox. */
    public Registry registry() {
        return registry;
    }

    public Population population() {
        return population;
    }

    @Override
    public JsonObject stats() {
        Map<String, Long> draftCounters = drafts.counters();
        JsonObjectBuilder draftsJson = Json.object();
        draftCounters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> draftsJson.add(entry.getKey(), entry.getValue()));
        JsonObjectBuilder lookups = Json.object();
        api.counters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> lookups.add(entry.getKey(), entry.getValue()));
        return Json.object()
                .add("module", name())
                .add("lookups", lookups)
                .add("drafts", draftsJson)
                .add("approval", approval.current().toJson())
                .add("faults", faults.toJson())
                .add("population", Json.object()
                        .add("seed", population.seed())
                        .add("dataAsOf", population.asOf().toString())
                        .add("generatedResidents", population.residents().size())
                        .add("generatedFamilies", population.families().size())
                        .add("generationMillis", population.millis())
                        .add("residents", registry.residentCount())
                        .add("families", registry.familyCount()))
                .build();
    }

    @Override
    public JsonObject samples(int count) {
        return new SiakSamples(registry, LocalDate.now(clock)).samples(count);
    }

    /** Every KK with its members, one JSON object per line, by KK number. */
    @Override
    public Reply.Streamed export() {
        return Reply.Streamed.ndjson(() -> registry.familiesByNumber().map(family -> SiakJson.family(family, registry).build()));
    }
}
