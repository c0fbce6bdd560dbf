package id.lintas.application.servicecase;

import id.lintas.domain.model.sop.LocalizedText;
import java.io.Serializable;

/** A SOP the caller may open a case of (its first step is theirs). */
public record OpenableSop(String code, int version, LocalizedText title, boolean perItem) implements Serializable {
}
