package id.lintas.domain.model.sop;

import java.io.Serializable;
import java.util.Objects;

/**
 * A rhythm the SOP sets for its field work, e.g. "Perekaman dilaksanakan 1 minggu sekali /
 * ditentukan lain" (recording once a week unless decided otherwise).
 */
public record Schedule(Frequency frequency, LocalizedText note) implements Serializable {
    public enum Frequency { DAILY, WEEKLY, MONTHLY }

    public Schedule {
        Objects.requireNonNull(frequency, "schedule frequency");
        Objects.requireNonNull(note, "schedule note");
    }
}
