package id.lintas.sandbox;

/**
 * One sandbox of the default size (seed 3316, 100,000 residents) shared by the test classes that
 * only add data of their own (lookups, verification, drafts, idempotency, load); classes that need
 * a pristine population or set faults start their own. SIAK approves drafts with the default
 * policy (AUTO, no delay); a class that needs another sets it and restores it when it is done.
 */
public final class SharedSandbox {
    private static SandboxServer server;

    private SharedSandbox() {
    }

    public static synchronized SandboxServer get() {
        if (server == null) {
            server = SandboxServer.start(0, SandboxServer.DEFAULT_SEED, SandboxServer.DEFAULT_RESIDENTS);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }
}
