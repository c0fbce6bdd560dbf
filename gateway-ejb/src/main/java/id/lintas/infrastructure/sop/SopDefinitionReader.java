package id.lintas.infrastructure.sop;

import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.shared.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads SOP definitions from JSON (Jakarta JSON Processing, provided by the server). The
 * definitions Lintas runs are the files listed in {@code sop/index.txt} on the classpath, one
 * file name a line ({@code #} starts a comment). A file that is not a valid definition is a
 * developer error: {@link IllegalArgumentException} naming the file and, where it applies, the
 * step.
 */
public class SopDefinitionReader {
    public static final String FOLDER = "sop/";
    public static final String INDEX = FOLDER + "index.txt";

    private final ClassLoader classLoader;

    public SopDefinitionReader() {
        this(SopDefinitionReader.class.getClassLoader());
    }

    public SopDefinitionReader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader);
    }

    /** Reads one definition and closes the stream; errors name it "SOP definition". */
    public SopDefinition read(InputStream json) {
        return read(json, "SOP definition");
    }

    /** Reads one definition and closes the stream; errors start with {@code source}, e.g. the file name. */
    public SopDefinition read(InputStream json, String source) {
        try (JsonReader reader = Jsons.createReader(new InputStreamReader(json, StandardCharsets.UTF_8))) {
            JsonObject object = reader.readObject();
            return SopJson.read(object);
        } catch (JsonException e) {
            throw new IllegalArgumentException(source + ": not a JSON object: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** Reads every definition listed in {@value #INDEX}, in the index's order. */
    public List<SopDefinition> readAll() {
        List<SopDefinition> definitions = new ArrayList<>();
        Map<String, String> files = new HashMap<>();
        for (String name : index()) {
            String path = FOLDER + name;
            SopDefinition definition = readResource(path);
            String earlier = files.putIfAbsent(definition.code(), path);
            if (earlier != null) {
                throw new IllegalArgumentException(path + ": code " + definition.code() + " is already used by " + earlier);
            }
            definitions.add(definition);
        }
        return List.copyOf(definitions);
    }

    /** The file names listed in {@value #INDEX}. */
    public List<String> index() {
        List<String> names = new ArrayList<>();
        try (InputStream in = open(INDEX);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(INDEX + ": cannot be read", e);
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException(INDEX + ": lists no definition");
        }
        return names;
    }

    private SopDefinition readResource(String path) {
        try (InputStream in = open(path)) {
            return read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot be read", e);
        }
    }

    private InputStream open(String path) {
        // getResource, not getResourceAsStream: Payara 6's EJB module class loader answers null to
        // getResourceAsStream("sop/index.txt") at deployment while getResource finds it
        java.net.URL url = classLoader.getResource(path);
        if (url == null) {
            throw new IllegalArgumentException(path + ": not found on the classpath of " + classLoader);
        }
        try {
            return url.openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot be read", e);
        }
    }
}
