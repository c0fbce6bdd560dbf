package id.lintas.sandbox.whatsapp;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * A message a phone sent the business: its wamid, the phone, and the webhook envelope it was
 * delivered in, kept so a replay sends the very same bytes again.
 */
record Inbound(String id, String waId, String type, JsonObject envelope, Instant sent) {
}
