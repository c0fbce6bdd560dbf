package id.lintas.sandbox.approval;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The approval policy currently set for one sandboxed system, shared by its API (which applies it)
 * and whoever sets it (the admin API, the command line, code that embeds the sandbox). Thread-safe.
 */
public final class ApprovalControl {
    private final AtomicReference<ApprovalPolicy> policy;

    public ApprovalControl(ApprovalPolicy initial) {
        this.policy = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public ApprovalPolicy current() {
        return policy.get();
    }

    public void set(ApprovalPolicy newPolicy) {
        policy.set(Objects.requireNonNull(newPolicy, "newPolicy"));
    }
}
