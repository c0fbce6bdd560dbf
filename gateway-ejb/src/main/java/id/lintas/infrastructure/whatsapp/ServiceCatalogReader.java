package id.lintas.infrastructure.whatsapp;

import id.lintas.domain.model.sop.LocalizedText;
import id.lintas.domain.model.whatsapp.Requirement;
import id.lintas.domain.model.whatsapp.ServiceCatalog;
import id.lintas.domain.model.document.DocumentType;
import id.lintas.domain.model.whatsapp.WaService;
import id.lintas.domain.shared.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the services offered over WhatsApp and their requirement checklists from
 * {@value #RESOURCE} (data, like the SOP definitions): a file that does not describe valid
 * services fails at start-up, naming the service that is wrong.
 */
public final class ServiceCatalogReader {
    public static final String RESOURCE = "whatsapp/services.json";

    /** The shipped catalogue once read (it is immutable, and the file in the jar does not change). */
    private static volatile ServiceCatalog shipped;

    private ServiceCatalogReader() {
    }

    /** The catalogue shipped with the application, read once (the new-case page asks on every view). */
    public static ServiceCatalog shipped() {
        ServiceCatalog catalog = shipped;
        if (catalog == null) {
            catalog = load();
            shipped = catalog;
        }
        return catalog;
    }

    private static ServiceCatalog load() {
        try (InputStream in = ServiceCatalogReader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ServiceCatalog read(InputStream in) {
        JsonObject root;
        try (JsonReader reader = Jsons.createReader(in)) {
            root = reader.readObject();
        } catch (JsonException | ClassCastException e) {
            throw new IllegalArgumentException(RESOURCE + " is not a JSON object: " + e.getMessage(), e);
        }
        List<WaService> services = new ArrayList<>();
        for (JsonValue v : root.getJsonArray("services")) {
            JsonObject s = v.asJsonObject();
            String code = s.getString("code", "?");
            try {
                List<Requirement> requirements = new ArrayList<>();
                for (JsonValue r : s.getJsonArray("requirements")) {
                    requirements.add(requirement(r.asJsonObject()));
                }
                List<String> keywords = s.containsKey("keywords")
                        ? s.getJsonArray("keywords").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                        : List.of();
                List<DocumentType> issues = s.containsKey("issues")
                        ? s.getJsonArray("issues").getValuesAs(JsonString.class).stream()
                                .map(t -> DocumentType.valueOf(t.getString())).toList()
                        : List.of();
                services.add(new WaService(code, s.getString("sop"), text(s, "title"), text(s, "name"), keywords, requirements,
                        issues));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(RESOURCE + ", service " + code + ": " + e.getMessage(), e);
            }
        }
        return new ServiceCatalog(services);
    }

    private static Requirement requirement(JsonObject r) {
        Requirement.Alternative alternative = null;
        if (r.containsKey("alternative")) {
            JsonObject a = r.getJsonObject("alternative");
            alternative = new Requirement.Alternative(a.getString("key"), text(a, "name"));
        }
        return new Requirement(r.getString("key"), text(r, "name"), r.getBoolean("optional", false),
                r.containsKey("when") ? text(r, "when") : null, alternative);
    }

    private static LocalizedText text(JsonObject o, String name) {
        JsonObject t = o.getJsonObject(name);
        if (t == null) {
            throw new IllegalArgumentException("\"" + name + "\" is missing");
        }
        return LocalizedText.of(t.getString("id"), t.getString("en"));
    }
}
