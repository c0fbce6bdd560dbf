package id.lintas.devserver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Payara Server's domain1 driven through asadmin, with the application's environment. */
public final class PayaraDomain {
    private final Path home;
    private final Map<String, String> environment;

    public PayaraDomain(Path home, Map<String, String> environment) {
        this.home = home;
        this.environment = environment;
    }

    public void start() throws IOException, InterruptedException {
        asadmin("start-domain", "domain1");
    }

    public void deploy(Path ear, String name) throws IOException, InterruptedException {
        asadmin("deploy", "--force=true", "--name=" + name, ear.toString());
    }

    /**
     * Removes the application from the domain, so that the domain the tests also use is left as
     * it was found; quietly does nothing when it is not deployed.
     */
    public void undeploy(String name) {
        try {
            run(List.of(asadminPath(), "undeploy", name), false);
        } catch (IOException | InterruptedException e) {
            System.err.println("[lintas] undeploying " + name + ": " + e);
        }
    }

    /** Stops the domain; quietly does nothing when it is not running. */
    public void stop() {
        try {
            run(List.of(asadminPath(), "stop-domain", "domain1"), false);
        } catch (IOException | InterruptedException e) {
            System.err.println("[lintas] stopping Payara: " + e);
        }
    }

    public Path serverLog() {
        return home.resolve("glassfish/domains/domain1/logs/server.log");
    }

    private void asadmin(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(asadminPath());
        command.addAll(List.of(args));
        run(command, true);
    }

    private String asadminPath() {
        return home.resolve("bin/asadmin").toString();
    }

    private void run(List<String> command, boolean mustSucceed) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().putAll(environment);
        int rc = pb.start().waitFor();
        if (rc != 0 && mustSucceed) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + rc + "; see " + serverLog());
        }
    }
}
