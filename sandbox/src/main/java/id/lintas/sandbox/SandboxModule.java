package id.lintas.sandbox;

import id.lintas.sandbox.approval.ApprovalControl;
import id.lintas.sandbox.fault.FaultInjector;
import id.lintas.sandbox.http.ApiKey;
import id.lintas.sandbox.http.Endpoint;
import id.lintas.sandbox.http.ErrorFormat;
import id.lintas.sandbox.http.Reply;
import id.lintas.sandbox.http.Router;
import jakarta.json.JsonObject;

/**
 * One outside system the sandbox plays (SIAK, the courier, WhatsApp): its own API under
 * {@link #contextPath()}, faults that apply to that API only, and what the admin API shows of it
 * under its {@link #name()} ({@code /sandbox/admin/faults/{name}}, {@code .../stats/{name}},
 * {@code .../export/{name}}, {@code .../approval/{name}}, its own {@code .../{name}/...} routes,
 * {@code /sandbox/samples/{name}}). Closing the sandbox closes its modules.
 */
public interface SandboxModule extends AutoCloseable {

    /** The short name in admin paths, e.g. {@code siak}. */
    String name();

    /** Where the system's own API is served, e.g. {@code /siak/v1}. */
    String contextPath();

    /** The system's own API. */
    Router router();

    FaultInjector faults();

    /** Counters and a summary, no lists. */
    JsonObject stats();

    /** Valid data to try the API with; {@code count} for lists of similar samples. */
    JsonObject samples(int count);

    /** All the system's data, streamed; {@code null} when it has nothing to export. */
    Reply.Streamed export();

    /**
     * The key the system's API wants, when it has its own (the courier's bearer key); {@code null}
     * for the sandbox's key in {@code X-Siak-Key}, as SIAK and the admin API want it.
     */
    default ApiKey apiKey() {
        return null;
    }

    /** How the system's API writes failures; SIAK's body unless the system has its own. */
    default ErrorFormat errorFormat() {
        return ErrorFormat.SIAK;
    }

    /**
     * How the system decides what it is asked to approve (SIAK: drafts), set through
     * {@code /sandbox/admin/approval/{name}}; {@code null} when it approves nothing.
     */
    default ApprovalControl approval() {
        return null;
    }

    /**
     * Admin operations of this system only, served under {@code /sandbox/admin/{name}} (their
     * patterns relative to it, e.g. {@code /progress}) with the admin API's key and error body;
     * {@code null} when it has none.
     */
    default Router adminRoutes() {
        return null;
    }

    /** The largest request body its API (and the admin API, for its routes) takes; 1 MB unless it needs more (uploads). */
    default int maxBodyBytes() {
        return Endpoint.DEFAULT_MAX_BODY_BYTES;
    }

    /** Stops what the module runs by itself (timers, deliveries); nothing by default. */
    @Override
    default void close() {
    }
}
