package id.lintas.sandbox.courier;

import id.lintas.sandbox.courier.progress.ProgressPolicy;
import id.lintas.sandbox.courier.webhook.RetrySchedule;
import java.util.Objects;

/**
 * How the courier sandbox starts: the API key its callers send as {@code Authorization: Bearer},
 * the secret its webhooks are signed with, how its drivers move and how webhooks are retried.
 *
 * @param progress       {@link #defaults()} (an embedded sandbox, tests): MANUAL; {@link #commandLine()}: AUTO every 3 s
 * @param webhookRetries waits between webhook attempts; {@link RetrySchedule#defaults()} unless a test wants shorter ones
 */
public record CourierSettings(String key, String webhookSecret, ProgressPolicy progress, RetrySchedule webhookRetries) {
    public static final String DEFAULT_KEY = "courier-key";
    public static final String DEFAULT_WEBHOOK_SECRET = "courier-webhook-secret";

    public CourierSettings {
        if (Objects.requireNonNull(key, "key").isBlank()) {
            throw new IllegalArgumentException("The courier key must not be blank");
        }
        if (Objects.requireNonNull(webhookSecret, "webhookSecret").isEmpty()) {
            throw new IllegalArgumentException("The webhook secret must not be empty");
        }
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(webhookRetries, "webhookRetries");
    }

    /** Embedded (tests): default key and secret, MANUAL progress, retries after 1, 2, 4, 8, 16 s. */
    public static CourierSettings defaults() {
        return new CourierSettings(DEFAULT_KEY, DEFAULT_WEBHOOK_SECRET, ProgressPolicy.manual(), RetrySchedule.defaults());
    }

    /** The command line's defaults: as {@link #defaults()} but drivers move by themselves every 3 s (a demo). */
    public static CourierSettings commandLine() {
        return defaults().withProgress(ProgressPolicy.auto(ProgressPolicy.DEFAULT_STEP_MS));
    }

    public CourierSettings withKey(String newKey) {
        return new CourierSettings(newKey, webhookSecret, progress, webhookRetries);
    }

    public CourierSettings withWebhookSecret(String newSecret) {
        return new CourierSettings(key, newSecret, progress, webhookRetries);
    }

    public CourierSettings withProgress(ProgressPolicy newProgress) {
        return new CourierSettings(key, webhookSecret, newProgress, webhookRetries);
    }

    public CourierSettings withWebhookRetries(RetrySchedule newRetries) {
        return new CourierSettings(key, webhookSecret, progress, newRetries);
    }
}
