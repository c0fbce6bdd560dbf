package id.lintas.infrastructure.sop;

import id.lintas.domain.model.sop.TimeStandard;
import java.util.Set;

/**
 * Reads a step's time: {@code {"amount": 5, "unit": "MINUTES"}}, {@code {"unit": "OPEN", "note":
 * "menyesuaikan jarak tempuh"}}, optionally with {@code "perItem": true}.
 */
final class TimeStandardJson {
    private TimeStandardJson() {
    }

    static TimeStandard read(JsonFields json) {
        json.allowOnly(Set.of("amount", "unit", "note", "perItem"));
        TimeStandard.Unit unit = json.enumValue("unit", TimeStandard.Unit.class);
        Integer amount = json.optionalInteger("amount").orElse(null);
        String note = json.optionalString("note").orElse(null);
        boolean perItem = json.flag("perItem");
        return StepJson.build(json, () -> TimeStandard.of(unit, amount, note, perItem));
    }
}
