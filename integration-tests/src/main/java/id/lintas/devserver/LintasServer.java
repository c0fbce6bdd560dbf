package id.lintas.devserver;

import id.lintas.signing.tsa.TimestampAuthority;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run command ({@code mvn -B -Prun verify}): PostgreSQL (embedded, or the one named by
 * {@code LINTAS_DB_URL}), Payara Server with the EAR deployed in demo mode, then the portal's
 * address and the demo logins; a mail sink prints the emails Lintas sends unless {@code LINTAS_SMTP_HOST}
 * names a mail server; the kadis signs (TTE) with the demo PKI in {@code .lintas/tte} and the sandbox's
 * timestamp authority ({@link DemoTte}); the sandbox plays the office's WhatsApp number too, and
 * residents chat with it from its simulated phones (printed how-to). Ctrl-C stops Payara and PostgreSQL.
 */
public final class LintasServer {
    static final String PORTAL = "http://localhost:8080/";
    /** Where hospital systems call: the hospital API answers over TLS only. */
    static final String HTTPS = "https://localhost:8181/";
    /** Where the WhatsApp sandbox delivers what its phones send (Meta's webhook). */
    static final String WHATSAPP_WEBHOOK = PORTAL + "api/v1/whatsapp/webhook";
    /** The simulated phone the how-to chats from (any 8-15 digits will do). */
    static final String DEMO_PHONE = "6281233160000";

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path payaraHome = Path.of(System.getProperty("payara.home"));
        Path ear = Path.of(System.getProperty("lintas.ear"));
        Path dataDir = Path.of(env("LINTAS_DATA_DIR", System.getProperty("lintas.data.dir", ".lintas")));

        Map<String, String> environment = new LinkedHashMap<>();
        EmbeddedDatabase embedded = null;
        String externalUrl = System.getenv("LINTAS_DB_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            environment.put("LINTAS_DB_URL", externalUrl);
            environment.put("LINTAS_DB_USER", env("LINTAS_DB_USER", "postgres"));
            environment.put("LINTAS_DB_PASSWORD", env("LINTAS_DB_PASSWORD", ""));
            System.out.println("[lintas] using the PostgreSQL at " + externalUrl);
        } else {
            int port = Integer.parseInt(env("LINTAS_DB_PORT", "5433"));
            embedded = EmbeddedDatabase.start(port, dataDir.resolve("pgdata"));
            environment.put("LINTAS_DB_URL", embedded.jdbcUrl());
            environment.put("LINTAS_DB_USER", EmbeddedDatabase.USER);
            environment.put("LINTAS_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
            System.out.println("[lintas] embedded PostgreSQL on port " + port + ", data in " + dataDir.resolve("pgdata"));
        }
        Tte tte = tte(dataDir, environment);
        id.lintas.sandbox.SandboxServer sandbox = null;
        String siakUrl = System.getenv("LINTAS_SIAK_URL");
        if (siakUrl == null || siakUrl.isBlank()) {
            int sandboxPort = Integer.parseInt(env("LINTAS_SANDBOX_PORT", "8090"));
            sandbox = id.lintas.sandbox.SandboxServer.start(new id.lintas.sandbox.SandboxServer.Options("127.0.0.1", sandboxPort,
                    3316, 100_000, id.lintas.sandbox.SandboxServer.DEFAULT_KEY).withTimestampAuthority(tte.authority())
                    .withWhatsApp(id.lintas.sandbox.whatsapp.WhatsAppSettings.defaults().withWebhookUrl(URI.create(WHATSAPP_WEBHOOK))));
            environment.put("LINTAS_SIAK_URL", sandbox.baseUrl());
            environment.put("LINTAS_SIAK_KEY", sandbox.key());
            System.out.println("[lintas] SIAK sandbox (100,000 residents) at " + sandbox.baseUrl());
            if ("AUTO".equalsIgnoreCase(env("LINTAS_COURIER_PROGRESS", "MANUAL"))) {
                sandbox.courier().progress().set(id.lintas.sandbox.courier.progress.ProgressPolicy.auto(
                        id.lintas.sandbox.courier.progress.ProgressPolicy.DEFAULT_STEP_MS));
            }
        } else {
            environment.put("LINTAS_SIAK_URL", siakUrl);
            environment.put("LINTAS_SIAK_KEY", env("LINTAS_SIAK_KEY", ""));
            System.out.println("[lintas] using the SIAK at " + siakUrl);
        }
        TimestampAuthority.Server ownTsa = timestampAuthority(tte, sandbox, environment);
        MailSink mailSink = mail(environment);
        String courierUrl = System.getenv("LINTAS_COURIER_URL");
        if ((courierUrl == null || courierUrl.isBlank()) && sandbox != null) {
            // the sandbox plays the courier too, on the same port; its webhooks come back to the portal
            id.lintas.sandbox.courier.CourierSettings courier = sandbox.courier().settings();
            environment.put("LINTAS_COURIER_URL", sandbox.baseUrl());
            environment.put("LINTAS_COURIER_KEY", courier.key());
            environment.put("LINTAS_COURIER_WEBHOOK_SECRET", courier.webhookSecret());
            System.out.println("[lintas] courier sandbox at " + sandbox.baseUrl() + "/courier/v1, drivers "
                    + sandbox.courier().progress().current().mode());
        } else if (courierUrl != null && !courierUrl.isBlank()) {
            environment.put("LINTAS_COURIER_URL", courierUrl);
            environment.put("LINTAS_COURIER_KEY", env("LINTAS_COURIER_KEY", ""));
            environment.put("LINTAS_COURIER_WEBHOOK_SECRET", env("LINTAS_COURIER_WEBHOOK_SECRET", ""));
            System.out.println("[lintas] using the courier at " + courierUrl);
        }
        whatsApp(sandbox, environment);
        environment.put("LINTAS_PUBLIC_URL", env("LINTAS_PUBLIC_URL", PORTAL.substring(0, PORTAL.length() - 1)));
        environment.put("LINTAS_DEMO", env("LINTAS_DEMO", "true"));
        String demoPassword = env("LINTAS_DEMO_PASSWORD", "lintas-demo");
        environment.put("LINTAS_DEMO_PASSWORD", demoPassword);

        PayaraDomain payara = new PayaraDomain(payaraHome, dataDir.resolve("domains"), environment);
        EmbeddedDatabase database = embedded;
        id.lintas.sandbox.SandboxServer siakSandbox = sandbox;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[lintas] stopping");
            payara.stop();
            if (mailSink != null) {
                mailSink.close();
            }
            if (siakSandbox != null) {
                siakSandbox.close();
            }
            if (ownTsa != null) {
                ownTsa.close();
            }
            if (database != null) {
                try {
                    database.close();
                } catch (Exception e) {
                    System.err.println("[lintas] stopping PostgreSQL: " + e);
                }
            }
        }, "lintas-shutdown"));

        payara.createIfMissing();
        payara.stop(); // a domain left running by an earlier run would hold the old environment
        LocalhostCertificate certificate = payara.useLocalhostCertificate(dataDir.resolve("tls"));
        payara.start();
        payara.undeploy("lintas"); // a run interrupted while deploying can leave the name taken
        payara.deploy(ear, "lintas");
        awaitReady(Duration.ofSeconds(60));

        System.out.printf("%n[lintas] up in %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.out.println("[lintas] portal:  " + PORTAL);
        System.out.println("[lintas] health:  " + PORTAL + "health");
        System.out.println("[lintas] hospital API (HTTPS only, HTTP Basic): " + HTTPS + "api/v1/hospital/births, SOAP "
                + HTTPS + "soap/BirthReport?wsdl");
        System.out.println("[lintas]   its certificate (localhost, made for this machine): " + certificate.pem()
                + ", as a Java truststore " + certificate.truststore() + " (password " + LocalhostCertificate.TRUSTSTORE_PASSWORD + ")");
        System.out.println("[lintas]   try: curl --cacert " + certificate.pem() + " -u rs.blora:" + demoPassword + " "
                + HTTPS + "api/v1/hospital/births/RM-1");
        System.out.println("[lintas] logs:    " + payara.serverLog());
        if (Boolean.parseBoolean(environment.get("LINTAS_DEMO"))) {
            printDemoLogins(environment, demoPassword);
        }
        if (sandbox != null) {
            System.out.println("[lintas] SIAK sandbox samples (NIK, KK, names): " + sandbox.baseUrl()
                    + "/sandbox/samples/siak (header X-Siak-Key: " + sandbox.key() + ")");
        }
        if (mailSink != null) {
            System.out.println("[lintas] emails go to the mail sink on port " + mailSink.port() + " and are printed here");
            mailSink.printArrivals(System.out);
        }
        if (sandbox != null && environment.get("LINTAS_COURIER_URL").equals(sandbox.baseUrl())) {
            System.out.println("[lintas] courier sandbox: orders at " + sandbox.baseUrl() + "/sandbox/admin/export/courier;"
                    + " move a driver with POST " + sandbox.baseUrl() + "/sandbox/admin/courier/orders/{id}/advance"
                    + " {\"status\":\"delivered\"} (header X-Siak-Key: " + sandbox.key() + "), or LINTAS_COURIER_PROGRESS=AUTO");
        }
        printWhatsApp(sandbox, environment);
        printTte(tte, environment);
        System.out.println("[lintas] Ctrl-C stops Payara, the sandbox" + (mailSink != null ? ", the mail sink" : "") + " and PostgreSQL.");
        Thread.currentThread().join();
    }

    /**
     * The WhatsApp Cloud API Lintas talks to: the {@code LINTAS_WHATSAPP_*} of the environment
     * ({@code _URL}, {@code _TOKEN}, {@code _PHONE_NUMBER_ID}, {@code _APP_SECRET}, {@code _VERIFY_TOKEN}, ...)
     * when {@code LINTAS_WHATSAPP_URL} names one; else the sandbox's (started with SIAK), whose
     * phones' messages come to the portal's webhook.
     */
    private static void whatsApp(id.lintas.sandbox.SandboxServer sandbox, Map<String, String> environment) {
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("LINTAS_WHATSAPP_")) {
                environment.put(name, value);
            }
        });
        if (!env("LINTAS_WHATSAPP_URL", "").isBlank()) {
            System.out.println("[lintas] using the WhatsApp Cloud API at " + environment.get("LINTAS_WHATSAPP_URL"));
            return;
        }
        if (sandbox == null) {
            System.out.println("[lintas] no WhatsApp: LINTAS_SIAK_URL names a SIAK elsewhere and LINTAS_WHATSAPP_URL is unset");
            return;
        }
        id.lintas.sandbox.whatsapp.WhatsAppSettings whatsApp = sandbox.whatsapp().settings();
        environment.put("LINTAS_WHATSAPP_URL", sandbox.baseUrl());
        environment.put("LINTAS_WHATSAPP_VERSION", whatsApp.version());
        environment.put("LINTAS_WHATSAPP_TOKEN", whatsApp.accessToken());
        environment.put("LINTAS_WHATSAPP_PHONE_NUMBER_ID", whatsApp.phoneNumberId());
        environment.put("LINTAS_WHATSAPP_APP_SECRET", whatsApp.appSecret());
        environment.put("LINTAS_WHATSAPP_VERIFY_TOKEN", whatsApp.verifyToken());
        System.out.println("[lintas] WhatsApp sandbox (Cloud API) at " + sandbox.baseUrl() + "/" + whatsApp.version()
                + ", webhooks to " + WHATSAPP_WEBHOOK);
    }

    /** How to chat with the office's WhatsApp number from a simulated phone of the sandbox. */
    private static void printWhatsApp(id.lintas.sandbox.SandboxServer sandbox, Map<String, String> environment) {
        if (sandbox == null || !sandbox.baseUrl().equals(environment.get("LINTAS_WHATSAPP_URL"))) {
            return;
        }
        String phone = sandbox.baseUrl() + "/sandbox/admin/whatsapp/phones/" + DEMO_PHONE;
        String key = "-H 'X-Siak-Key: " + sandbox.key() + "' -H 'Content-Type: application/json'";
        System.out.println("[lintas] WhatsApp: chat with the office (" + sandbox.whatsapp().settings().displayPhoneNumber()
                + ") from a simulated phone (any wa_id of 8-15 digits), e.g.:");
        System.out.println("[lintas]   curl " + key + " -d '{\"type\":\"text\",\"text\":\"halo\"}' " + phone + "/messages");
        System.out.println("[lintas]   curl -H 'X-Siak-Key: " + sandbox.key() + "' " + phone + "/inbox   (the office's replies)");
        System.out.println("[lintas]   tap a list row or button: {\"type\":\"interactive\",\"replyTo\":\"<wamid from the inbox>\","
                + "\"optionId\":\"svc:BIRTH\"}; send a file: {\"type\":\"image\",\"data\":\"<base64 JPEG>\"}"
                + " or {\"type\":\"document\",\"filename\":\"kk.pdf\",\"data\":\"<base64 PDF>\"}");
        System.out.println("[lintas]   webhook subscription and deliveries: " + sandbox.baseUrl() + "/sandbox/admin/whatsapp/webhook;"
                + " API: sandbox/API.md (WhatsApp: simulated phones)");
    }

    /** The TTE directory the server signs from, and the TSA made from its {@code tsa/tsa.p12} ({@code null}: none). */
    private record Tte(Path directory, boolean demo, TimestampAuthority authority) {
    }

    /**
     * {@code LINTAS_TTE_DIR} as the environment names it, or the demo office's in {@code .lintas/tte},
     * made on the first run and kept (made again when its CRLs are about to go stale); the TSA from
     * its {@code tsa/tsa.p12} unless {@code LINTAS_TSA_URL} names one.
     */
    private static Tte tte(Path dataDir, Map<String, String> environment) {
        String given = env("LINTAS_TTE_DIR", "");
        Path directory = given.isBlank() ? dataDir.resolve("tte").toAbsolutePath() : Path.of(given);
        if (given.isBlank() && DemoTte.ensure(directory)) {
            System.out.println("[lintas] demo PKI for TTE written to " + directory);
        }
        environment.put("LINTAS_TTE_DIR", directory.toString());
        TimestampAuthority authority = null;
        if (env("LINTAS_TSA_URL", "").isBlank() && Files.isRegularFile(directory.resolve("tsa/tsa.p12"))) {
            authority = DemoTte.timestampAuthority(directory);
        }
        return new Tte(directory, given.isBlank(), authority);
    }

    /**
     * {@code LINTAS_TSA_URL}: as the environment names it, else the sandbox's {@code /tsa}, else
     * (SIAK elsewhere) the TSA served on its own on {@code LINTAS_TSA_PORT} (8095), which is returned.
     */
    private static TimestampAuthority.Server timestampAuthority(Tte tte, id.lintas.sandbox.SandboxServer sandbox,
            Map<String, String> environment) throws java.io.IOException {
        String given = env("LINTAS_TSA_URL", "");
        if (!given.isBlank()) {
            environment.put("LINTAS_TSA_URL", given);
            return null;
        }
        if (tte.authority() == null) {
            System.out.println("[lintas] no timestamp authority: " + tte.directory() + " has no tsa/tsa.p12 and LINTAS_TSA_URL is unset");
            return null;
        }
        if (sandbox != null) {
            environment.put("LINTAS_TSA_URL", sandbox.tsaUrl());
            return null;
        }
        TimestampAuthority.Server server = tte.authority().serve(new InetSocketAddress("127.0.0.1",
                Integer.parseInt(env("LINTAS_TSA_PORT", "8095"))));
        environment.put("LINTAS_TSA_URL", server.url().toString());
        return server;
    }

    private static void printTte(Tte tte, Map<String, String> environment) {
        if (tte.demo()) {
            System.out.println("[lintas] TTE: the kadis (" + DemoTte.KADIS + ") signs with the passphrase " + DemoTte.PASSPHRASE
                    + "; demo PKI in " + tte.directory() + ", trust anchor " + DemoTte.trustAnchorFile(tte.directory()));
        } else {
            System.out.println("[lintas] TTE: keys, trust anchors and CRLs from " + tte.directory());
        }
        System.out.println("[lintas] TSA:     " + environment.getOrDefault("LINTAS_TSA_URL", "none"));
    }

    /**
     * The SMTP server named by {@code LINTAS_SMTP_HOST} (with {@code LINTAS_SMTP_PORT}, {@code _USER},
     * {@code _PASSWORD}, {@code _SECURITY}); without one, a mail sink (GreenMail) on {@code LINTAS_MAIL_SINK_PORT}
     * (3025) that prints every email it gets. Returns the sink, or null.
     */
    private static MailSink mail(Map<String, String> environment) {
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("LINTAS_SMTP_") || name.equals("LINTAS_MAIL_FROM") || name.startsWith("LINTAS_MAIL_INTAKE_")) {
                environment.put(name, value);
            }
        });
        if (!env("LINTAS_SMTP_HOST", "").isEmpty()) {
            System.out.println("[lintas] emails go to " + environment.get("LINTAS_SMTP_HOST"));
            return null;
        }
        MailSink sink = MailSink.start(Integer.parseInt(env("LINTAS_MAIL_SINK_PORT", "3025")),
                Integer.parseInt(env("LINTAS_MAIL_SINK_IMAP_PORT", "3143")));
        if (!environment.containsKey("LINTAS_MAIL_INTAKE_HOST")) {
            // residents' applications by email: send them to layanan@localhost through the sink's SMTP
            environment.put("LINTAS_MAIL_INTAKE_ENABLED", "true");
            environment.put("LINTAS_MAIL_INTAKE_HOST", "127.0.0.1");
            environment.put("LINTAS_MAIL_INTAKE_PORT", Integer.toString(sink.imapPort()));
            environment.put("LINTAS_MAIL_INTAKE_SECURITY", "none");
            environment.put("LINTAS_MAIL_INTAKE_USER", "layanan@localhost");
            environment.put("LINTAS_MAIL_INTAKE_PASSWORD", "layanan");
            environment.put("LINTAS_MAIL_INTAKE_DELAY_MS", "2000");
            System.out.println("[lintas] applications by email: send them to layanan@localhost through SMTP port " + sink.port());
        }
        environment.put("LINTAS_SMTP_HOST", "127.0.0.1");
        environment.put("LINTAS_SMTP_PORT", Integer.toString(sink.port()));
        environment.putIfAbsent("LINTAS_MAIL_FROM", "Dinas Dukcapil Kabupaten Blora <dukcapil@localhost>");
        return sink;
    }

    private static void awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(PORTAL + "health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (java.io.IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Lintas did not become ready: " + last);
    }

    private static void printDemoLogins(Map<String, String> environment, String password) throws Exception {
        System.out.println("[lintas] demo logins (password for all: " + password + "):");
        try (Connection c = DriverManager.getConnection(environment.get("LINTAS_DB_URL"), environment.get("LINTAS_DB_USER"),
                environment.get("LINTAS_DB_PASSWORD")); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select u.username, u.role, u.full_name, o.name from app_user u"
                        + " join office o on o.id = u.office_id where o.code = '3316' order by u.id")) {
            while (rs.next()) {
                System.out.printf("[lintas]   %-14s %-13s %s, %s%n", rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4));
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private LintasServer() {
    }
}
