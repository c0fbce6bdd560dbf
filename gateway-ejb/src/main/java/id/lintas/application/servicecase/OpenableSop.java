package id.lintas.application.servicecase;

import id.lintas.domain.model.sop.LocalizedText;
import java.io.Serializable;
import java.util.List;

/**
 * A SOP the caller may open a case of (its first step is theirs), and the documents a case of it
 * may apply for when one of its steps signs what was applied for (DIK JAMILA ME-WA: the KK, the
 * KIA), empty otherwise.
 */
public record OpenableSop(String code, int version, LocalizedText title, boolean perItem, List<DocumentOption> documents)
        implements Serializable {
    public OpenableSop {
        documents = List.copyOf(documents);
    }

    /** A document a case may apply for: its type's name, in both languages. */
    public record DocumentOption(String type, LocalizedText name) implements Serializable {
    }
}
