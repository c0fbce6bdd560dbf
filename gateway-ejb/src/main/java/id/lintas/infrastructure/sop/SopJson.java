package id.lintas.infrastructure.sop;

import id.lintas.domain.model.sop.Intake;
import id.lintas.domain.model.sop.LocalizedText;
import id.lintas.domain.model.sop.ServiceStandard;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.model.sop.TimeStandard;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;

/**
 * Reads a definition file's top-level object into a {@link SopDefinition}. Fields the domain does
 * not use (SOP number and dates, qualifications, equipment, role columns, LANDA MEWA's public
 * service standard, ...) are descriptive data and are left to the file.
 */
final class SopJson {
    private SopJson() {
    }

    static SopDefinition read(JsonObject object) {
        JsonFields json = new JsonFields(object, "");
        SopDefinition.Builder definition = SopDefinition.builder(json.string("code"))
                .version(json.integer("version"))
                .seed(json.optionalString("seed").orElse(null))
                .title(json.text("title"))
                .issuer(json.optionalString("issuer").orElse(null))
                .description(json.optionalText("description").orElse(null))
                .intake(json.optionalEnum("intake", Intake.class).orElse(null))
                .serviceStandard(serviceStandard(json.object("serviceStandard")));
        json.strings("legalBasis").forEach(definition::legalBasis);
        if (!json.has("notes")) {
            throw json.missing("notes");
        }
        json.strings("notes").forEach(definition::note);
        if (!json.has("steps")) {
            throw json.missing("steps");
        }
        List<JsonObject> steps = json.rawObjects("steps");
        for (int i = 0; i < steps.size(); i++) {
            definition.step(StepJson.read(steps.get(i), i + 1));
        }
        return definition.build();
    }

    /**
     * {@code {"amount": 24, "unit": "HOURS", "from": "COMPLETE_FILE", "fee": 0, "basis": "DECLARED",
     * "note": {"id": ..., "en": ...}}}; amount is absent for SAME_DAY.
     */
    private static ServiceStandard serviceStandard(JsonFields json) {
        json.allowOnly(Set.of("amount", "unit", "from", "fee", "basis", "note"));
        TimeStandard.Unit unit = json.enumValue("unit", TimeStandard.Unit.class);
        Integer amount = json.optionalInteger("amount").orElse(null);
        ServiceStandard.Start from = json.optionalEnum("from", ServiceStandard.Start.class).orElse(null);
        Long fee = json.optionalInteger("fee").map(Integer::longValue).orElse(null);
        ServiceStandard.Basis basis = json.optionalEnum("basis", ServiceStandard.Basis.class).orElse(null);
        LocalizedText note = json.optionalText("note").orElse(null);
        return StepJson.build(json,
                () -> new ServiceStandard(TimeStandard.of(unit, amount, null, false), from, fee, basis, note));
    }
}
