package id.lintas.domain.model.sop;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing that must be present for a step to pass, taken from the step's <i>kelengkapan</i>
 * (its inputs), e.g. "Berkas lengkap". An item whose text names a condition counts as present
 * when the condition does not apply.
 */
public record ChecklistItem(String key, LocalizedText text) implements Serializable {
    public ChecklistItem {
        Keys.require(key, "checklist item key");
        Objects.requireNonNull(text, "checklist item text");
    }
}
