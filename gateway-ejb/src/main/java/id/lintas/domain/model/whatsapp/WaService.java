package id.lintas.domain.model.whatsapp;

import id.lintas.domain.model.document.DocumentType;
import id.lintas.domain.model.sop.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A service a resident can apply for over WhatsApp: its code, the SOP that handles it, its short
 * title (a list row: at most 24 characters) and full name, the words residents use for it, its
 * requirement checklist in the order they are asked for, and the documents it issues that the
 * kadis signs (TTE) and the resident receives as PDF (a SOP step with "signsAppliedFor" signs them).
 */
public record WaService(String code, String sop, LocalizedText title, LocalizedText name, List<String> keywords,
        List<Requirement> requirements, List<DocumentType> issues) {
    public WaService(String code, String sop, LocalizedText title, LocalizedText name, List<String> keywords,
            List<Requirement> requirements) {
        this(code, sop, title, name, keywords, requirements, List.of());
    }

    public WaService {
        issues = List.copyOf(issues);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sop, "sop");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(name, "name");
        keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT).strip()).toList();
        requirements = List.copyOf(requirements);
        if (title.id().length() > 24 || title.en().length() > 24) {
            throw new IllegalArgumentException("a service title of at most 24 characters (a list row): " + title);
        }
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("service " + code + " requires nothing");
        }
        if (requirements.stream().map(Requirement::key).distinct().count() != requirements.size()) {
            throw new IllegalArgumentException("service " + code + " names a requirement twice");
        }
    }

    public Optional<Requirement> requirement(String key) {
        return requirements.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
