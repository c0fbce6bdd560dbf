package id.lintas.sandbox;

import com.sun.net.httpserver.HttpServer;
import id.lintas.sandbox.approval.ApprovalMode;
import id.lintas.sandbox.approval.ApprovalPolicy;
import id.lintas.sandbox.courier.CourierSandbox;
import id.lintas.sandbox.courier.CourierSettings;
import id.lintas.sandbox.courier.progress.ProgressMode;
import id.lintas.sandbox.courier.progress.ProgressPolicy;
import id.lintas.sandbox.http.ApiKey;
import id.lintas.sandbox.http.Endpoint;
import id.lintas.sandbox.http.ErrorFormat;
import id.lintas.sandbox.http.Router;
import id.lintas.sandbox.siak.SiakSandbox;
import id.lintas.sandbox.tsa.TsaSandbox;
import id.lintas.sandbox.whatsapp.WhatsAppSandbox;
import id.lintas.sandbox.whatsapp.WhatsAppSettings;
import id.lintas.signing.SigningException;
import id.lintas.signing.testpki.DemoPki;
import id.lintas.signing.tsa.TimestampAuthority;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox: one lightweight HTTP server (the JDK's {@code com.sun.net.httpserver}) that plays
 * the outside systems the gateway talks to, each a {@link SandboxModule} with its own API, on one
 * port: the central SIAK of Kabupaten Blora under {@code /siak/v1} (key in {@code X-Siak-Key}), a
 * same-day courier under {@code /courier/v1} (its own key, as {@code Authorization: Bearer}), an RFC 3161
 * timestamp authority at {@code /tsa} (no key; when started with one, see
 * {@link Options#withTimestampAuthority}) and the office's WhatsApp number as Meta's Cloud API serves it
 * under {@code /v21.0} (its own access token, as {@code Authorization: Bearer}); the admin API under
 * {@code /sandbox/admin} (the sandbox key in {@code X-Siak-Key}) sets faults, the
 * approval policy and the courier's drivers, and shows statistics.
 *
 * <p>Embedded (tests): {@code try (SandboxServer sandbox = SandboxServer.start(0, 3316, 100_000)) { sandbox.baseUrl() ... }}
 * (port 0: any free port; courier drivers MANUAL). From the command line:
 * {@code java -jar sandbox/target/sandbox-0.1.0-SNAPSHOT.jar --port 8090 --seed 3316 --residents 100000 --key sandbox-key}
 * (see {@link Options#USAGE}; courier drivers AUTO every 3 s); Ctrl-C stops it. Embedded code switches
 * the approval policy with {@code sandbox.siak().approval().set(ApprovalPolicy.manual())} and the
 * courier's with {@code sandbox.courier().progress().set(ProgressPolicy.auto(50))}.
 */
public final class SandboxServer implements AutoCloseable {
    public static final String DEFAULT_KEY = "sandbox-key";
    public static final int DEFAULT_RESIDENTS = 100_000;
    public static final long DEFAULT_SEED = 3316;
    /** The office's time zone: SIAK dates (akta registration, KK issue) are Blora's calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    /**
     * Two settings of the JDK server that a sandbox must not keep at their defaults, applied
     * unless given on the command line ({@code -D...}); the JDK reads them once, when the first
     * server of the JVM starts:
     * <ul>
     * <li>{@code nodelay}: without TCP_NODELAY the response body waits for the client's delayed
     * ACK of the headers, about 40 ms a request;</li>
     * <li>{@code maxIdleConnections}: once it keeps this many idle connections (default 200) the
     * server closes each connection as soon as it has answered, and a client that has just put
     * that connection back in its pool fails on its next request: failures no fault asked for.</li>
     * </ul>
     */
    private static final Map<String, String> SERVER_SETTINGS = Map.of(
            "sun.net.httpserver.nodelay", "true",
            "sun.net.httpserver.maxIdleConnections", "20000");

    static {
        SERVER_SETTINGS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;
    private final SiakSandbox siak;
    private final CourierSandbox courier;
    private final TsaSandbox tsa;
    private final WhatsAppSandbox whatsapp;
    private final List<SandboxModule> modules;
    private final String baseUrl;
    private final Options options;

    /**
     * How to start: where to listen, the population's seed and size, the sandbox key (SIAK and the
     * admin API), how SIAK approves drafts, the courier's settings.
     *
     * @param port    0 for any free port
     * @param courier {@link CourierSettings#defaults()} (drivers MANUAL) unless given; the command line's
     *                {@link #defaults()} have {@link CourierSettings#commandLine()} (AUTO every 3 s)
     * @param timestampAuthority what answers {@code POST /tsa}; {@code null} (the default): 503
     * @param whatsapp {@link WhatsAppSettings#defaults()} unless given
     */
    public record Options(String host, int port, long seed, int residents, String key, ApprovalPolicy approval,
            CourierSettings courier, TimestampAuthority timestampAuthority, WhatsAppSettings whatsapp) {
        static final String USAGE = "Usage: SandboxServer [--port 8090] [--seed 3316] [--residents 100000] [--key sandbox-key]"
                + " [--host 0.0.0.0] [--approval AUTO|MANUAL] [--approval-delay-ms 0] [--courier-key courier-key]"
                + " [--courier-webhook-secret courier-webhook-secret] [--courier-progress AUTO|MANUAL] [--courier-step-ms 3000]"
                + " [--tsa-p12 tte/tsa/tsa.p12] [--tsa-password " + DemoPki.TSA_SANDBOX_PASSWORD + "]"
                + " [--whatsapp-token whatsapp-access-token] [--whatsapp-app-secret whatsapp-app-secret]"
                + " [--whatsapp-verify-token whatsapp-verify-token] [--whatsapp-webhook-url URL] [--whatsapp-version v21.0]"
                + " [--whatsapp-phone-number-id 331601234567890] [--whatsapp-display-number 6285100331600]"
                + " [--whatsapp-business-account-id 331609876543210]";

        public Options {
            Objects.requireNonNull(approval, "approval");
            Objects.requireNonNull(courier, "courier");
            Objects.requireNonNull(whatsapp, "whatsapp");
        }

        /** With WhatsApp's defaults ({@link WhatsAppSettings#defaults()}). */
        public Options(String host, int port, long seed, int residents, String key, ApprovalPolicy approval,
                CourierSettings courier, TimestampAuthority timestampAuthority) {
            this(host, port, seed, residents, key, approval, courier, timestampAuthority, WhatsAppSettings.defaults());
        }

        /** Without a timestamp authority. */
        public Options(String host, int port, long seed, int residents, String key, ApprovalPolicy approval,
                CourierSettings courier, WhatsAppSettings whatsapp) {
            this(host, port, seed, residents, key, approval, courier, null, whatsapp);
        }

        /** Without a timestamp authority, with WhatsApp's defaults. */
        public Options(String host, int port, long seed, int residents, String key, ApprovalPolicy approval,
                CourierSettings courier) {
            this(host, port, seed, residents, key, approval, courier, null, WhatsAppSettings.defaults());
        }

        /** With the courier's embedded defaults (drivers MANUAL). */
        public Options(String host, int port, long seed, int residents, String key, ApprovalPolicy approval) {
            this(host, port, seed, residents, key, approval, CourierSettings.defaults());
        }

        /** With the default approval policy (AUTO, no delay) and the courier's embedded defaults. */
        public Options(String host, int port, long seed, int residents, String key) {
            this(host, port, seed, residents, key, ApprovalPolicy.defaults());
        }

        /** The command line's defaults: every interface, port 8090, the courier's drivers AUTO every 3 s. */
        public static Options defaults() {
            return new Options("0.0.0.0", 8090, DEFAULT_SEED, DEFAULT_RESIDENTS, DEFAULT_KEY).withCourier(CourierSettings.commandLine());
        }

        public Options withApproval(ApprovalPolicy newApproval) {
            return new Options(host, port, seed, residents, key, newApproval, courier, timestampAuthority, whatsapp);
        }

        public Options withCourier(CourierSettings newCourier) {
            return new Options(host, port, seed, residents, key, approval, newCourier, timestampAuthority, whatsapp);
        }

        /** Serves {@code authority} at {@code POST /tsa} (RFC 3161), e.g. {@code TimestampAuthority.fromPkcs12(tte.resolve("tsa/tsa.p12"), ...)}. */
        public Options withTimestampAuthority(TimestampAuthority authority) {
            return new Options(host, port, seed, residents, key, approval, courier, authority, whatsapp);
        }

        public Options withWhatsApp(WhatsAppSettings newWhatsApp) {
            return new Options(host, port, seed, residents, key, approval, courier, timestampAuthority, newWhatsApp);
        }

        /**
         * Options from {@code --port 8090 --seed 3316 --residents 100000 --key k --host h
         * --approval AUTO|MANUAL --approval-delay-ms 2000} (delay: AUTO only) {@code --courier-key k
         * --courier-webhook-secret s --courier-progress AUTO|MANUAL --courier-step-ms 3000} (step:
         * AUTO only) {@code --tsa-p12 FILE --tsa-password P} (the TSA's key and chain, password
         * {@value DemoPki#TSA_SANDBOX_PASSWORD} unless given) {@code --whatsapp-token t --whatsapp-app-secret s
         * --whatsapp-verify-token v --whatsapp-webhook-url URL --whatsapp-version v21.0 --whatsapp-phone-number-id id
         * --whatsapp-display-number n --whatsapp-business-account-id id}.
         */
        public static Options parse(String[] args) {
            Options defaults = defaults();
            String host = defaults.host;
            int port = defaults.port;
            long seed = defaults.seed;
            int residents = defaults.residents;
            String key = defaults.key;
            ApprovalMode approvalMode = defaults.approval.mode();
            long approvalDelayMs = defaults.approval.delayMs();
            CourierSettings courier = defaults.courier;
            ProgressMode progressMode = courier.progress().mode();
            Long stepMs = null;
            String tsaP12 = null;
            String tsaPassword = DemoPki.TSA_SANDBOX_PASSWORD;
            WhatsAppSettings whatsapp = defaults.whatsapp;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing value after " + name);
                }
                String value = args[++i];
                switch (name) {
                    case "--host" -> host = value;
                    case "--port" -> port = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--residents" -> residents = Integer.parseInt(value);
                    case "--key" -> key = value;
                    case "--approval" -> approvalMode = mode(ApprovalMode.class, name, value);
                    case "--approval-delay-ms" -> approvalDelayMs = Long.parseLong(value);
                    case "--courier-key" -> courier = courier.withKey(value);
                    case "--courier-webhook-secret" -> courier = courier.withWebhookSecret(value);
                    case "--courier-progress" -> progressMode = mode(ProgressMode.class, name, value);
                    case "--courier-step-ms" -> stepMs = Long.parseLong(value);
                    case "--tsa-p12" -> tsaP12 = value;
                    case "--tsa-password" -> tsaPassword = value;
                    case "--whatsapp-token", "--whatsapp-app-secret", "--whatsapp-verify-token", "--whatsapp-webhook-url",
                            "--whatsapp-version", "--whatsapp-phone-number-id", "--whatsapp-display-number",
                            "--whatsapp-business-account-id" -> whatsapp = whatsApp(whatsapp, name, value);
                    default -> throw new IllegalArgumentException("Unknown option " + name
                            + " (known: --host, --port, --seed, --residents, --key, --approval, --approval-delay-ms,"
                            + " --courier-key, --courier-webhook-secret, --courier-progress, --courier-step-ms, --tsa-p12,"
                            + " --tsa-password, --whatsapp-token, --whatsapp-app-secret, --whatsapp-verify-token,"
                            + " --whatsapp-webhook-url, --whatsapp-version, --whatsapp-phone-number-id, --whatsapp-display-number,"
                            + " --whatsapp-business-account-id)");
                }
            }
            ApprovalPolicy approval;
            try {
                approval = new ApprovalPolicy(approvalMode, approvalDelayMs);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--approval-delay-ms: " + e.getMessage(), e);
            }
            try {
                courier = courier.withProgress(progressMode == ProgressMode.MANUAL && stepMs == null ? ProgressPolicy.manual()
                        : new ProgressPolicy(progressMode, stepMs == null ? ProgressPolicy.DEFAULT_STEP_MS : stepMs));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--courier-step-ms: " + e.getMessage(), e);
            }
            TimestampAuthority tsa = null;
            if (tsaP12 != null) {
                try {
                    tsa = TimestampAuthority.fromPkcs12(Path.of(tsaP12), tsaPassword.toCharArray());
                } catch (SigningException e) {
                    throw new IllegalArgumentException("--tsa-p12: " + e.getMessage(), e);
                }
            }
            return new Options(host, port, seed, residents, key, approval, courier, tsa, whatsapp);
        }

        /** {@code settings} with the WhatsApp option {@code option} set to {@code value}. */
        private static WhatsAppSettings whatsApp(WhatsAppSettings settings, String option, String value) {
            try {
                return switch (option) {
                    case "--whatsapp-token" -> settings.withAccessToken(value);
                    case "--whatsapp-app-secret" -> settings.withAppSecret(value);
                    case "--whatsapp-verify-token" -> settings.withVerifyToken(value);
                    case "--whatsapp-webhook-url" -> settings.withWebhookUrl(URI.create(value));
                    case "--whatsapp-version" -> settings.withVersion(value);
                    case "--whatsapp-phone-number-id" -> settings.withPhoneNumber(value, settings.displayPhoneNumber());
                    case "--whatsapp-display-number" -> settings.withPhoneNumber(settings.phoneNumberId(), value);
                    default -> settings.withBusinessAccountId(value);
                };
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
            }
        }

        /** {@code AUTO} or {@code MANUAL} (case and blanks aside) as {@code type}'s constant. */
        private static <E extends Enum<E>> E mode(Class<E> type, String option, String value) {
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + " must be AUTO or MANUAL, not " + value);
            }
        }
    }

    private SandboxServer(Options options, Clock clock) throws IOException {
        this.options = options;
        this.server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 1024);
        String host = options.host().equals("0.0.0.0") || options.host().equals("::") ? "127.0.0.1" : options.host();
        this.baseUrl = "http://" + host + ":" + server.getAddress().getPort();
        int threads = Math.max(32, Runtime.getRuntime().availableProcessors() * 8);
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads("sandbox-http"));
        this.scheduler = Executors.newScheduledThreadPool(2, daemonThreads("sandbox-timer"));
        CourierSandbox startedCourier = null;
        WhatsAppSandbox startedWhatsApp = null;
        try {
            this.siak = new SiakSandbox(options.seed(), options.residents(), clock);
            siak.approval().set(options.approval());
            startedCourier = new CourierSandbox(options.courier(), baseUrl, clock);
            this.courier = startedCourier;
            this.tsa = new TsaSandbox(options.timestampAuthority(), clock);
            startedWhatsApp = new WhatsAppSandbox(options.whatsapp(), baseUrl, clock);
            this.whatsapp = startedWhatsApp;
            this.modules = List.of(siak, courier, tsa, whatsapp);
            serve(new ApiKey(options.key()));
        } catch (RuntimeException e) {
            if (startedCourier != null) {
                startedCourier.close();
            }
            if (startedWhatsApp != null) {
                startedWhatsApp.close();
            }
            server.stop(0);
            scheduler.shutdownNow();
            workers.shutdownNow();
            throw e;
        }
    }

    /** Creates the contexts of the modules' APIs and of the sandbox's own, and starts serving. */
    private void serve(ApiKey key) {
        server.setExecutor(workers);
        Map<String, SandboxModule> byName = new LinkedHashMap<>();
        for (SandboxModule module : modules) {
            byName.put(module.name(), module);
            ApiKey moduleKey = module.apiKey() == null ? key : module.apiKey();
            server.createContext(module.contextPath(), new Endpoint(moduleKey, module.errorFormat(), module.router(), module.faults(),
                    workers, scheduler, module.maxBodyBytes()));
        }
        AdminApi admin = new AdminApi(byName);
        int adminMaxBody = modules.stream().mapToInt(SandboxModule::maxBodyBytes).max().orElse(Endpoint.DEFAULT_MAX_BODY_BYTES);
        server.createContext(AdminApi.ADMIN, new Endpoint(key, ErrorFormat.SIAK, admin.adminRouter(), null, workers, scheduler, adminMaxBody));
        server.createContext(AdminApi.SAMPLES, endpoint(key, admin.samplesRouter()));
        server.createContext("/", endpoint(key, new Router()));
        server.start();
    }

    /** An endpoint of the sandbox itself: the sandbox key, SIAK's error body, never faults. */
    private Endpoint endpoint(ApiKey key, Router router) {
        return new Endpoint(key, ErrorFormat.SIAK, router, null, workers, scheduler);
    }

    /** Starts a sandbox on the loopback interface ({@code port} 0: any free port) with the default key. */
    public static SandboxServer start(int port, long seed, int residents) {
        return start(new Options("127.0.0.1", port, seed, residents, DEFAULT_KEY));
    }

    /** As {@link #start(int, long, int)}, SIAK approving drafts as {@code approval} says. */
    public static SandboxServer start(int port, long seed, int residents, ApprovalPolicy approval) {
        return start(new Options("127.0.0.1", port, seed, residents, DEFAULT_KEY, approval));
    }

    public static SandboxServer start(Options options) {
        return start(options, Clock.system(ZONE));
    }

    /** Starts a sandbox whose SIAK dates drafts and numbers with {@code clock}. */
    public static SandboxServer start(Options options, Clock clock) {
        try {
            return new SandboxServer(options, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + options.host() + ":" + options.port(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** E.g. {@code http://127.0.0.1:8090}; the SIAK base URL is this plus {@code /siak/v1}. */
    public String baseUrl() {
        return baseUrl;
    }

    public String key() {
        return options.key();
    }

    public SiakSandbox siak() {
        return siak;
    }

    /** The courier: its orders, its drivers' {@code progress()}, its settings. */
    public CourierSandbox courier() {
        return courier;
    }

    /** The timestamp authority's endpoint ({@code POST /tsa}); {@link TsaSandbox#configured()} says whether it has one. */
    public TsaSandbox tsa() {
        return tsa;
    }

    /** E.g. {@code http://127.0.0.1:8090/tsa}: the RFC 3161 URL the gateway's {@code LINTAS_TSA_URL} takes. */
    public String tsaUrl() {
        return baseUrl + TsaSandbox.PATH;
    }

    /** WhatsApp: its settings and whether its webhook subscription is verified. */
    public WhatsAppSandbox whatsapp() {
        return whatsapp;
    }

    @Override
    public void close() {
        server.stop(0);
        modules.forEach(SandboxModule::close);
        scheduler.shutdownNow();
        workers.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        SandboxServer sandbox = start(options);
        long millis = (System.nanoTime() - started) / 1_000_000;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            System.out.println("[sandbox] stopped");
            stopped.countDown();
        }, "sandbox-stop"));
        sandbox.printBanner(System.out, millis);
        stopped.await();
    }

    private void printBanner(PrintStream out, long millis) {
        Runtime runtime = Runtime.getRuntime();
        long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        out.printf(Locale.ROOT, "[sandbox] up in %d ms: %,d residents in %,d families (seed %d, generated in %d ms, heap %d MB)%n",
                millis, siak.registry().residentCount(), siak.registry().familyCount(), options.seed(),
                siak.population().millis(), heapMb);
        out.println("[sandbox] base URL:  " + baseUrl);
        out.println("[sandbox] SIAK:      " + baseUrl + "/siak/v1   (header X-Siak-Key: " + options.key() + ")");
        out.println("[sandbox] admin:     " + baseUrl + "/sandbox/admin/faults/siak, /sandbox/admin/approval/siak, /sandbox/admin/stats/siak");
        out.println("[sandbox] approval:  " + describe(siak.approval().current()));
        CourierSettings courierSettings = courier.settings();
        out.println("[sandbox] courier:   " + baseUrl + "/courier/v1   (header Authorization: Bearer " + courierSettings.key() + ")");
        out.println("[sandbox]            webhooks signed X-Courier-Signature: sha256=<HMAC-SHA256 of the body with secret "
                + courierSettings.webhookSecret() + ">");
        out.println("[sandbox]            drivers: " + describe(courier.progress().current())
                + "; admin " + baseUrl + "/sandbox/admin/courier/progress, .../courier/orders/{id}/advance");
        out.println("[sandbox] TSA:       " + (tsa.configured() ? tsaUrl() + "   (RFC 3161, POST application/timestamp-query, no key)"
                : "none (POST /tsa answers 503; start with --tsa-p12 FILE)"));
        WhatsAppSettings wa = whatsapp.settings();
        out.println("[sandbox] WhatsApp:  " + baseUrl + wa.basePath() + "   (Graph API; header Authorization: Bearer " + wa.accessToken()
                + "; phone number id " + wa.phoneNumberId() + ", display " + wa.displayPhoneNumber() + ")");
        out.println("[sandbox]            webhooks signed X-Hub-Signature-256 with app secret " + wa.appSecret() + ", verify token "
                + wa.verifyToken() + "; callback " + (wa.webhookUrl() == null ? "none yet (PUT /sandbox/admin/whatsapp/webhook)"
                        : wa.webhookUrl() + " (handshake retried every 2 s until it answers)"));
        out.println("[sandbox]            phones: " + baseUrl + "/sandbox/admin/whatsapp/phones/{wa_id}/messages, .../inbox, .../read");
        out.println("[sandbox] samples:   " + baseUrl + "/sandbox/samples/siak, " + baseUrl + "/sandbox/samples/courier, "
                + baseUrl + "/sandbox/samples/tsa, " + baseUrl + "/sandbox/samples/whatsapp");
        JsonObject samples = siak.samples(3);
        JsonArray couples = samples.getJsonArray("couples");
        for (JsonValue couple : couples) {
            JsonObject c = couple.asJsonObject();
            out.println("[sandbox]   KK " + c.getString("NO_KK") + "  mother " + describe(c.getJsonObject("mother"))
                    + "  father " + describe(c.getJsonObject("father")));
        }
        if (samples.get("youngCouple") instanceof JsonObject young) {
            out.println("[sandbox]   young couple in parents' KK " + young.getString("NO_KK_ORANG_TUA") + ": mother "
                    + describe(young.getJsonObject("mother")) + " (register a birth without NO_KK: new KK)");
        }
        out.println("[sandbox] Ctrl-C to stop");
    }

    private static String describe(ApprovalPolicy approval) {
        return approval.mode() == ApprovalMode.MANUAL
                ? "MANUAL (drafts wait for POST /siak/v1/draft/{ID}/setujui or /tolak)"
                : "AUTO (a draft is decided when polled " + approval.delayMs() + " ms or more after its submission)";
    }

    private static String describe(ProgressPolicy progress) {
        return progress.mode() == ProgressMode.MANUAL ? "MANUAL (orders move only when advanced)"
                : "AUTO (every open order one status forward every " + progress.stepMs() + " ms)";
    }

    private static String describe(JsonObject resident) {
        return resident.getString("NIK") + " " + resident.getString("NAMA_LGKP");
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
