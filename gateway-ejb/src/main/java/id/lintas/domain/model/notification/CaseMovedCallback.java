package id.lintas.domain.model.notification;

import id.lintas.domain.shared.Jsons;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a {@value #EVENT} callback: which of the partner's reports (its own reference) and
 * which case, where the case went from and to, its status, when, and the numbers SIAK issued once
 * it has. {@code fromStep} is null for a case just opened, {@code toStep} for a case just closed.
 */
public record CaseMovedCallback(String eventId, String reference, String caseNumber, String action,
        Optional<String> fromStep, Optional<String> toStep, String status, Instant at, Map<String, String> siakNumbers) {
    public static final String EVENT = "case.moved";

    public CaseMovedCallback {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(caseNumber);
        Objects.requireNonNull(at);
        siakNumbers = siakNumbers == null ? Map.of() : Map.copyOf(new java.util.TreeMap<>(siakNumbers));
    }

    /** The JSON body, fields in a fixed order. */
    public String json() {
        JsonObjectBuilder json = Jsons.createObjectBuilder().add("event", EVENT).add("eventId", eventId)
                .add("reference", reference).add("caseNumber", caseNumber).add("action", action);
        fromStep.ifPresentOrElse(s -> json.add("fromStep", s), () -> json.addNull("fromStep"));
        toStep.ifPresentOrElse(s -> json.add("toStep", s), () -> json.addNull("toStep"));
        json.add("status", status).add("at", at.toString());
        if (!siakNumbers.isEmpty()) {
            JsonObjectBuilder siak = Jsons.createObjectBuilder();
            new java.util.TreeMap<>(siakNumbers).forEach(siak::add);
            json.add("siak", siak);
        }
        return json.build().toString();
    }
}
