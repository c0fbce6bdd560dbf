package id.lintas.domain.model.whatsapp;

import id.lintas.domain.model.sop.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * One document a service requires, as the resident is asked for it: its key, its name, an
 * optional note on when it applies ({@code optional} ones may be skipped: the KTP-el of a parent
 * who is unmarried, say), and the alternative accepted by those who do not have it (LANDA MEWA: no
 * birth letter → SPTJM kebenaran data kelahiran; no marriage certificate → SPTJM kebenaran
 * sebagai pasangan suami istri).
 */
public record Requirement(String key, LocalizedText name, boolean optional, LocalizedText when, Alternative alternative) {
    public Requirement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (!key.matches("[a-z][a-z0-9_]{0,59}")) {
            throw new IllegalArgumentException("a requirement key in snake case: " + key);
        }
    }

    /** What is accepted instead, and the key under which it is kept. */
    public record Alternative(String key, LocalizedText name) {
        public Alternative {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
        }
    }

    public Optional<Alternative> alternativeDocument() {
        return Optional.ofNullable(alternative);
    }

    public Optional<LocalizedText> condition() {
        return Optional.ofNullable(when);
    }
}
