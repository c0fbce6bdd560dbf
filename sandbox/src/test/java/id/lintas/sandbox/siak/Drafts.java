package id.lintas.sandbox.siak;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.UUID;

/** Draft bodies varied one member at a time, and the check that SIAK refuses one at once. */
final class Drafts {
    private Drafts() {
    }

    /** {@code body} with {@code key} set to {@code value}. */
    static JsonObject with(JsonObject body, String key, String value) {
        JsonObjectBuilder builder = SandboxClient.object();
        body.forEach(builder::add);
        return builder.add(key, value).build();
    }

    /** Submitting {@code body} is 422 with a message containing {@code messagePart}, first about {@code field}. */
    static void assertRefused(SandboxClient client, JsonObject body, String field, String messagePart) {
        SandboxClient.Response response = client.postDraft(UUID.randomUUID().toString(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().getString("RESPON")).isEqualTo("GAGAL");
        assertThat(response.json().getString("PESAN")).contains(messagePart);
        JsonObject problem = response.json().getJsonArray("KESALAHAN").getJsonObject(0);
        if (field == null) {
            assertThat(problem.get("FIELD")).isEqualTo(JsonValue.NULL);
        } else {
            assertThat(problem.getString("FIELD")).isEqualTo(field);
        }
    }
}
