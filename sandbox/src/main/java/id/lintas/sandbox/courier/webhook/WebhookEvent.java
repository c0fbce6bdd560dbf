package id.lintas.sandbox.courier.webhook;

import java.net.URI;

/**
 * One event to deliver, fixed when it is published: every attempt sends the same body, event id
 * and signature. {@code name} is the event's kind, e.g. {@code order.status}.
 */
record WebhookEvent(String id, String name, String orderId, URI url, byte[] body, String signature) {
}
