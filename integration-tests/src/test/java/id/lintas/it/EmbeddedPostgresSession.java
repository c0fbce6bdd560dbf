package id.lintas.it;

import id.lintas.devserver.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one real PostgreSQL, the SIAK sandbox (100,000 residents; with the timestamp authority of a
 * fresh demo TTE directory, {@link Tte}, and the WhatsApp Cloud API subscribed to Payara's webhook,
 * {@link Phone}) and an SMTP server (GreenMail, {@link #mail()}) for the
 * whole failsafe run, before Arquillian starts Payara; and gives Payara's
 * {@code domain1} its https certificate for localhost ({@link #tls()}), which the tests' hospital
 * clients trust, and nothing else.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {
    private static EmbeddedDatabase database;
    private static id.lintas.sandbox.SandboxServer sandbox;
    private static id.lintas.devserver.MailSink mail;
    private static id.lintas.devserver.LocalhostCertificate tls;

    /** The SMTP server Payara sends the families' emails to (LINTAS_SMTP_PORT). */
    static id.lintas.devserver.MailSink mail() {
        return mail;
    }

    /** The certificate of Payara's https listener (port 8181): TLS that trusts it alone. */
    static id.lintas.devserver.LocalhostCertificate tls() {
        return tls;
    }

    /**
     * Payara's WhatsApp webhook ({@code LINTAS_PUBLIC_URL}/api/v1/whatsapp/webhook), to which the
     * sandbox subscribes at start: it tries Meta's handshake every 2 s until Payara answers, and
     * holds what the phones send until then.
     */
    static java.net.URI whatsAppWebhook() {
        String publicUrl = System.getenv().getOrDefault("LINTAS_PUBLIC_URL", "http://localhost:8080");
        return java.net.URI.create(publicUrl.replaceAll("/+$", "") + "/api/v1/whatsapp/webhook");
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("lintas.it.db.port");
        if (database != null || port == null) {
            return; // not under failsafe
        }
        try {
            long t0 = System.nanoTime();
            database = EmbeddedDatabase.start(Integer.parseInt(port), null);
            System.out.printf("[it] PostgreSQL on port %s started in %d ms%n", port, (System.nanoTime() - t0) / 1_000_000);
            long t1 = System.nanoTime();
            java.nio.file.Path tte = id.lintas.devserver.DemoTte.generate(Tte.directory());
            sandbox = id.lintas.sandbox.SandboxServer.start(new id.lintas.sandbox.SandboxServer.Options("127.0.0.1",
                    Integer.getInteger("lintas.it.siak.port"), 3316, 100_000, id.lintas.sandbox.SandboxServer.DEFAULT_KEY)
                    .withTimestampAuthority(id.lintas.devserver.DemoTte.timestampAuthority(tte))
                    .withWhatsApp(id.lintas.sandbox.whatsapp.WhatsAppSettings.defaults().withWebhookUrl(whatsAppWebhook())));
            System.out.printf("[it] SIAK sandbox at %s started in %d ms, its TSA at %s, TTE directory %s%n", sandbox.baseUrl(),
                    (System.nanoTime() - t1) / 1_000_000, sandbox.tsaUrl(), tte);
            System.out.printf("[it] its WhatsApp Cloud API at %s/v21.0 delivers webhooks to %s once Payara answers the handshake%n",
                    sandbox.baseUrl(), whatsAppWebhook());
            mail = id.lintas.devserver.MailSink.start(Integer.getInteger("lintas.it.smtp.port"),
                    Integer.getInteger("lintas.it.imap.port", 0));
            System.out.printf("[it] SMTP server (GreenMail) on port %d%n", mail.port());
            tls = id.lintas.devserver.LocalhostCertificate.install(java.nio.file.Path.of(System.getProperty("payara.home"),
                    "glassfish/domains/domain1"), java.nio.file.Path.of(System.getProperty("lintas.it.tls.dir")));
            System.out.printf("[it] Payara's https certificate for localhost: %s%n", tls.pem());
            heap(java.nio.file.Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/config/domain.xml"));
        } catch (Exception e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }

    /**
     * Gives the test domain a 1 GB heap instead of Payara's 512 MB: the run deploys the EAR 22 times
     * and more into one Payara, and not all of a deployment's memory comes back at once (with 512 MB
     * a late deployment failed with "Java heap space").
     */
    private static void heap(java.nio.file.Path domainXml) throws java.io.IOException {
        String xml = java.nio.file.Files.readString(domainXml);
        String larger = xml.replace("<jvm-options>-Xmx512m</jvm-options>", "<jvm-options>-Xmx1024m</jvm-options>");
        if (!larger.equals(xml)) {
            java.nio.file.Files.writeString(domainXml, larger);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            if (sandbox != null) {
                sandbox.close();
            }
            if (mail != null) {
                mail.close();
            }
            if (database != null) {
                database.close();
            }
        } catch (Exception ignored) {
            // the JVM is ending anyway
        }
        database = null;
        sandbox = null;
        mail = null;
    }
}
