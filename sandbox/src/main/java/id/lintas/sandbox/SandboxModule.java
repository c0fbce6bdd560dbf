package id.lintas.sandbox;

import id.lintas.sandbox.approval.ApprovalControl;
import id.lintas.sandbox.fault.FaultInjector;
import id.lintas.sandbox.http.Reply;
import id.lintas.sandbox.http.Router;
import jakarta.json.JsonObject;

/**
 * One outside system the sandbox plays (SIAK now; the courier and WhatsApp later): its own API
 * under {@link #contextPath()}, faults that apply to that API only, and what the admin API shows
 * of it under its {@link #name()} ({@code /sandbox/admin/faults/{name}}, {@code .../stats/{name}},
 * {@code .../export/{name}}, {@code .../approval/{name}}, {@code /sandbox/samples/{name}}).
 */
public interface SandboxModule {

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
     * How the system decides what it is asked to approve (SIAK: drafts), set through
     * {@code /sandbox/admin/approval/{name}}; {@code null} when it approves nothing.
     */
    default ApprovalControl approval() {
        return null;
    }
}
