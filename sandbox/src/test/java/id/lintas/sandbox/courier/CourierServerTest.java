package id.lintas.sandbox.courier;

import id.lintas.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A sandbox of its own for each courier test class that extends this (a small SIAK population,
 * courier drivers MANUAL, default retries), with a client for the courier and admin APIs.
 */
abstract class CourierServerTest {
    static SandboxServer server;
    static CourierClient client;

    @BeforeAll
    static void startSandbox() {
        server = SandboxServer.start(0, 7, 1_000);
        client = new CourierClient(server);
    }

    @AfterAll
    static void stopSandbox() {
        server.close();
    }
}
