package id.lintas.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Payara Server domain of its own for the run command, driven through asadmin with the
 * application's environment. It lives beside the run's data ({@code .lintas/domains/lintas}),
 * apart from the {@code domain1} the tests use, so an interrupted run never leaves an
 * application behind in the tests' domain.
 */
public final class PayaraDomain {
    static final String NAME = "lintas";

    private final Path home;
    private final Path domainDir;
    private final Map<String, String> environment;

    public PayaraDomain(Path home, Path domainDir, Map<String, String> environment) {
        this.home = home;
        this.domainDir = domainDir;
        this.environment = environment;
    }

    /** Creates the domain the first time (default ports: 8080 HTTP, 8181 HTTPS, 4848 admin). */
    public void createIfMissing() throws IOException, InterruptedException {
        if (Files.isDirectory(domainDir.resolve(NAME))) {
            return;
        }
        Files.createDirectories(domainDir);
        asadmin(true, "--user", "admin", "create-domain", "--nopassword=true", "--domaindir", domainDir.toString(), NAME);
    }

    /**
     * Gives the domain's https listener (port 8181) a certificate for localhost, made the first
     * time; what clients trust goes into {@code clientDir}. Call it while the domain is stopped.
     */
    public LocalhostCertificate useLocalhostCertificate(Path clientDir) throws IOException, InterruptedException {
        try {
            return LocalhostCertificate.install(domainDir.resolve(NAME), clientDir);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("the certificate of " + domainDir.resolve(NAME) + " cannot be set", e);
        }
    }

    public void start() throws IOException, InterruptedException {
        asadmin(true, "start-domain", "--domaindir", domainDir.toString(), NAME);
    }

    public void deploy(Path ear, String name) throws IOException, InterruptedException {
        asadmin(true, "deploy", "--force=true", "--name=" + name, ear.toString());
    }

    /** Removes the application; quietly does nothing when it is not deployed. */
    public void undeploy(String name) throws IOException, InterruptedException {
        asadmin(false, "undeploy", name);
    }

    /** Stops the domain; quietly does nothing when it is not running. */
    public void stop() {
        try {
            asadmin(false, "stop-domain", "--domaindir", domainDir.toString(), NAME);
        } catch (IOException | InterruptedException e) {
            System.err.println("[lintas] stopping Payara: " + e);
        }
    }

    public Path serverLog() {
        return domainDir.resolve(NAME).resolve("logs/server.log");
    }

    private void asadmin(boolean mustSucceed, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/asadmin").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        if (!mustSucceed) {
            // stopping a domain that Ctrl-C already took down is not worth a warning
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        pb.environment().putAll(environment);
        int rc = pb.start().waitFor();
        if (rc != 0 && mustSucceed) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + rc + "; see " + serverLog());
        }
    }
}
