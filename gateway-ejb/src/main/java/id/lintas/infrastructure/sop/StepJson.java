package id.lintas.infrastructure.sop;

import id.lintas.domain.model.document.DocumentType;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.Awaited;
import id.lintas.domain.model.sop.ChecklistItem;
import id.lintas.domain.model.sop.CourierLeg;
import id.lintas.domain.model.sop.ItemKind;
import id.lintas.domain.model.sop.LocalizedText;
import id.lintas.domain.model.sop.Milestone;
import id.lintas.domain.model.sop.ReturnBranch;
import id.lintas.domain.model.sop.Schedule;
import id.lintas.domain.model.sop.SiakUse;
import id.lintas.domain.model.sop.StepDefinition;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.function.Supplier;

/** Reads one entry of a definition's {@code "steps"} array into a {@link StepDefinition}. */
final class StepJson {
    private static final Set<String> FIELDS = Set.of("key", "no", "seedNo", "activity", "role",
            "alternativeRoles", "roleInference", "checklist", "standard", "output", "perItem", "itemKind",
            "when", "returns", "next", "remarks", "schedule", "startsServiceClock", "siak", "courier", "notifies", "awaits",
            "approves", "signs", "signsAppliedFor", "byApplicant");

    private StepJson() {
    }

    /** @param position the step's place in the array, counting from 1, for error messages */
    static StepDefinition read(JsonObject object, int position) {
        JsonFields json = new JsonFields(object, label(object, position)).allowOnly(FIELDS);
        String key = json.string("key");
        StepDefinition.Builder step = StepDefinition.builder(key)
                .number(json.integer("no"))
                .seedNumber(json.optionalString("seedNo").orElse(null))
                .activity(json.text("activity"))
                .role(json.enumValue("role", Role.class), json.optionalString("roleInference").orElse(null))
                .standard(TimeStandardJson.read(json.object("standard")))
                .output(json.text("output"))
                .condition(json.optionalText("when").orElse(null))
                .next(json.optionalString("next").orElse(null))
                .remarks(json.optionalText("remarks").orElse(null))
                .startsServiceClock(json.flag("startsServiceClock"))
                .siak(json.optionalEnum("siak", SiakUse.class).orElse(null))
                .notifies(json.optionalEnum("notifies", Milestone.class).orElse(null))
                .awaits(json.optionalEnum("awaits", Awaited.class).orElse(null))
                .approves(json.flag("approves"))
                .signsAppliedFor(json.flag("signsAppliedFor"))
                .byApplicant(json.flag("byApplicant"));
        step.signs(json.strings("signs").stream().map(type -> json.toEnum("signs", type, DocumentType.class)).toList());
        for (String role : json.strings("alternativeRoles")) {
            step.alternativeRole(json.toEnum("alternativeRoles", role, Role.class));
        }
        json.objects("checklist").forEach(item -> step.checklistItem(checklistItem(item)));
        json.objects("returns").forEach(branch -> step.returnTo(returnBranch(branch)));
        json.optionalObject("schedule").ifPresent(schedule -> step.schedule(schedule(schedule)));
        json.optionalObject("courier").ifPresent(courier -> step.courier(courierLeg(courier)));
        boolean perItem = json.flag("perItem");
        ItemKind kind = json.optionalEnum("itemKind", ItemKind.class).orElse(null);
        if (perItem != (kind != null)) {
            throw json.error("\"perItem\": true and \"itemKind\" go together");
        }
        step.perItem(kind);
        String ownPrefix = "step '" + key + "': ";
        try {
            return step.build();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw json.error(message.startsWith(ownPrefix) ? message.substring(ownPrefix.length()) : message);
        }
    }

    private static String label(JsonObject object, int position) {
        return object.get("key") instanceof JsonString key
                ? "step " + position + " '" + key.getString() + "'" : "step " + position;
    }

    private static ChecklistItem checklistItem(JsonFields json) {
        json.allowOnly(Set.of("key", "id", "en"));
        String key = json.string("key");
        String id = json.string("id");
        String en = json.string("en");
        return build(json, () -> new ChecklistItem(key, LocalizedText.of(id, en)));
    }

    private static ReturnBranch returnBranch(JsonFields json) {
        json.allowOnly(Set.of("to", "condition"));
        String to = json.string("to");
        LocalizedText condition = json.text("condition");
        return build(json, () -> new ReturnBranch(to, condition));
    }

    private static Schedule schedule(JsonFields json) {
        json.allowOnly(Set.of("frequency", "note"));
        return new Schedule(json.enumValue("frequency", Schedule.Frequency.class), json.text("note"));
    }

    /** {@code {"leg": "PICKUP", "from": "INSTITUTION", "to": "OFFICE"}}: the trip a courier makes at the step. */
    private static CourierLeg courierLeg(JsonFields json) {
        json.allowOnly(Set.of("leg", "from", "to"));
        CourierLeg.Leg leg = json.enumValue("leg", CourierLeg.Leg.class);
        CourierLeg.Place from = json.enumValue("from", CourierLeg.Place.class);
        CourierLeg.Place to = json.enumValue("to", CourierLeg.Place.class);
        return build(json, () -> new CourierLeg(leg, from, to));
    }

    /** Builds a domain value, naming where in the file a refusal comes from. */
    static <T> T build(JsonFields json, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (IllegalArgumentException e) {
            throw json.error(e.getMessage());
        }
    }
}
