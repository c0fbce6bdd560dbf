package id.lintas.sandbox.whatsapp;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * A message the business sent through the messages endpoint, from acceptance (a wamid) to its last
 * status: {@code accepted} until the sandbox plays it, then {@code delivered} (after {@code sent}),
 * {@code read} once the phone reads it, or {@code failed} with its Graph error.
 */
final class Outbound {
    private final String id;
    private final OutboundForm form;
    private final Instant accepted;
    private String status = "accepted";
    private String mediaId;
    private JsonObject error;

    Outbound(String id, OutboundForm form, Instant accepted) {
        this.id = id;
        this.form = form;
        this.accepted = accepted;
        this.mediaId = form.mediaId();
    }

    String id() {
        return id;
    }

    OutboundForm form() {
        return form;
    }

    String waId() {
        return form.waId();
    }

    Instant accepted() {
        return accepted;
    }

    synchronized String status() {
        return status;
    }

    /** The media of a document or image: the one named, or the one the sandbox fetched from the link. */
    synchronized String mediaId() {
        return mediaId;
    }

    synchronized JsonObject error() {
        return error;
    }

    synchronized void delivered(String fetchedMediaId) {
        if (fetchedMediaId != null) {
            mediaId = fetchedMediaId;
        }
        status = "delivered";
    }

    /** Whether it went from delivered to read now (a message is read once). */
    synchronized boolean read() {
        if (!status.equals("delivered")) {
            return false;
        }
        status = "read";
        return true;
    }

    synchronized void failed(JsonObject graphError) {
        status = "failed";
        error = graphError;
    }
}
