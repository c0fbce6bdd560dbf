package id.lintas.infrastructure.sop;

import id.lintas.domain.model.sop.LocalizedText;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Typed access to the fields of one JSON object of a definition file. Every error names where
 * the object is ({@link #where()}, e.g. {@code step 4 'kasi_check', standard}).
 */
final class JsonFields {
    private final JsonObject object;
    private final String where;

    JsonFields(JsonObject object, String where) {
        this.object = object;
        this.where = where;
    }

    String where() {
        return where;
    }

    /** Refuses fields outside the given names, so that a misspelt field is not silently ignored. */
    JsonFields allowOnly(Set<String> names) {
        Set<String> unknown = new TreeSet<>(object.keySet());
        unknown.removeAll(names);
        if (!unknown.isEmpty()) {
            throw error("unknown field(s) " + unknown + "; allowed: " + new TreeSet<>(names));
        }
        return this;
    }

    boolean has(String name) {
        return object.containsKey(name) && object.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    String string(String name) {
        return optionalString(name).orElseThrow(() -> missing(name));
    }

    Optional<String> optionalString(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = object.get(name);
        if (!(value instanceof JsonString text)) {
            throw error("\"" + name + "\" must be a string");
        }
        return Optional.of(text.getString());
    }

    int integer(String name) {
        return optionalInteger(name).orElseThrow(() -> missing(name));
    }

    Optional<Integer> optionalInteger(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        if (!(object.get(name) instanceof JsonNumber number) || !number.isIntegral()) {
            throw error("\"" + name + "\" must be a whole number");
        }
        return Optional.of(number.intValueExact());
    }

    boolean flag(String name) {
        if (!has(name)) {
            return false;
        }
        JsonValue value = object.get(name);
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw error("\"" + name + "\" must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    JsonFields object(String name) {
        return optionalObject(name).orElseThrow(() -> missing(name));
    }

    Optional<JsonFields> optionalObject(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        if (!(object.get(name) instanceof JsonObject nested)) {
            throw error("\"" + name + "\" must be an object");
        }
        return Optional.of(new JsonFields(nested, child(name)));
    }

    LocalizedText text(String name) {
        return optionalText(name).orElseThrow(() -> missing(name));
    }

    /** An {@code {"id": ..., "en": ...}} object. */
    Optional<LocalizedText> optionalText(String name) {
        return optionalObject(name).map(fields -> fields.allowOnly(Set.of("id", "en")).localized());
    }

    private LocalizedText localized() {
        try {
            return LocalizedText.of(string("id"), string("en"));
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return optionalEnum(name, type).orElseThrow(() -> missing(name));
    }

    <E extends Enum<E>> Optional<E> optionalEnum(String name, Class<E> type) {
        return optionalString(name).map(value -> toEnum(name, value, type));
    }

    <E extends Enum<E>> E toEnum(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw error("\"" + name + "\" is '" + value + "', expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The strings of an optional array. */
    List<String> strings(String name) {
        return list(name, (value, at) -> {
            if (!(value instanceof JsonString text)) {
                throw error("\"" + name + "\" must hold strings only, item " + at + " is not one");
            }
            return text.getString();
        });
    }

    /** The objects of an optional array, each labelled {@code name item n}. */
    List<JsonFields> objects(String name) {
        return list(name, (value, at) -> {
            if (!(value instanceof JsonObject nested)) {
                throw error("\"" + name + "\" must hold objects only, item " + at + " is not one");
            }
            return new JsonFields(nested, child(name + " item " + at));
        });
    }

    /** The objects of an array, labelled by the caller (e.g. with the step's key). */
    List<JsonObject> rawObjects(String name) {
        return list(name, (value, at) -> {
            if (!(value instanceof JsonObject nested)) {
                throw error("\"" + name + "\" must hold objects only, item " + at + " is not one");
            }
            return nested;
        });
    }

    private <T> List<T> list(String name, BiFunction<JsonValue, Integer, T> mapper) {
        if (!has(name)) {
            return List.of();
        }
        if (!(object.get(name) instanceof JsonArray array)) {
            throw error("\"" + name + "\" must be an array");
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            items.add(mapper.apply(array.get(i), i + 1));
        }
        return items;
    }

    private String child(String label) {
        return where.isEmpty() ? label : where + ", " + label;
    }

    IllegalArgumentException missing(String name) {
        return error("\"" + name + "\" is missing");
    }

    IllegalArgumentException error(String message) {
        return new IllegalArgumentException(where.isEmpty() ? message : where + ": " + message);
    }
}
