package id.lintas.interfaces.rest.hospital;

import id.lintas.application.hospital.BirthIntake;
import id.lintas.application.servicecase.CaseView;
import id.lintas.domain.model.birthreport.BirthReportForm;
import id.lintas.domain.shared.FieldError;
import id.lintas.domain.shared.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The hospital API's JSON: a birth report in (camelCase members, scans as base64) and a report's
 * status out. Translation only: what a value must be is the domain's business; here only its
 * JSON type is checked, and a wrong type is reported on its field like any other error.
 */
final class BirthReportJson {
    private final List<FieldError> errors = new ArrayList<>();

    private BirthReportJson() {
    }

    /** A report read from JSON: the form (a value of the wrong JSON type left out) and those type errors. */
    record Parsed(BirthReportForm form, List<FieldError> typeErrors) {
    }

    static Parsed parse(JsonObject o) {
        BirthReportJson json = new BirthReportJson();
        BirthReportForm form = json.read(o);
        return new Parsed(form, List.copyOf(json.errors));
    }

    private BirthReportForm read(JsonObject o) {
        JsonObject birth = object(o, "birth");
        JsonObject child = object(o, "child");
        JsonObject marriage = object(o, "marriage");
        JsonObject contact = object(o, "contact");
        List<BirthReportForm.Person> witnesses = null;
        JsonArray w = array(o, "witnesses");
        if (w != null) {
            witnesses = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                witnesses.add(person(w.get(i), "witnesses[" + i + "]"));
            }
        }
        List<BirthReportForm.Scan> scans = null;
        JsonArray s = array(o, "scans");
        if (s != null) {
            scans = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                scans.add(scan(s.get(i), "scans[" + i + "]"));
            }
        }
        return new BirthReportForm(text(o, "reference", "reference"),
                birth == null ? null : new BirthReportForm.Birth(text(birth, "dateTime", "birth.dateTime"),
                        text(birth, "place", "birth.place"), text(birth, "attendant", "birth.attendant"),
                        text(birth, "attendantName", "birth.attendantName"), integer(birth, "weightGrams", "birth.weightGrams"),
                        integer(birth, "lengthCm", "birth.lengthCm"), integer(birth, "birthOrder", "birth.birthOrder"),
                        text(birth, "multiplicity", "birth.multiplicity")),
                child == null ? null : new BirthReportForm.Child(text(child, "name", "child.name"), text(child, "sex", "child.sex")),
                person(o.get("mother"), "mother"), person(o.get("father"), "father"), text(o, "familyKk", "familyKk"),
                marriage == null ? null : new BirthReportForm.Marriage(text(marriage, "evidence", "marriage.evidence"),
                        text(marriage, "number", "marriage.number")),
                person(o.get("reporter"), "reporter"), witnesses, scans,
                contact == null ? null : new BirthReportForm.Contact(text(contact, "email", "contact.email"),
                        text(contact, "phone", "contact.phone")));
    }

    private BirthReportForm.Person person(JsonValue v, String field) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(FieldError.of(field, "report.json.object"));
            return null;
        }
        JsonObject p = v.asJsonObject();
        return new BirthReportForm.Person(text(p, "nik", field + ".nik"), text(p, "name", field + ".name"));
    }

    private BirthReportForm.Scan scan(JsonValue v, String field) {
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(FieldError.of(field, "report.json.object"));
            return new BirthReportForm.Scan(null, null, null);
        }
        JsonObject s = v.asJsonObject();
        String content = text(s, "content", field + ".content");
        byte[] bytes = null;
        if (content != null) {
            try {
                bytes = Base64.getMimeDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of(field + ".content", "report.json.base64"));
            }
        }
        return new BirthReportForm.Scan(text(s, "kind", field + ".kind"), text(s, "fileName", field + ".fileName"), bytes);
    }

    private JsonObject object(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(FieldError.of(name, "report.json.object"));
            return null;
        }
        return v.asJsonObject();
    }

    private JsonArray array(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            errors.add(FieldError.of(name, "report.json.array"));
            return null;
        }
        return v.asJsonArray();
    }

    private String text(JsonObject o, String name, String field) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            errors.add(FieldError.of(field, "report.json.text"));
            return null;
        }
        return o.getString(name);
    }

    private Integer integer(JsonObject o, String name, String field) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
            errors.add(FieldError.of(field, "report.json.integer"));
            return null;
        }
        try {
            return ((JsonNumber) v).intValueExact();
        } catch (ArithmeticException tooBig) {
            errors.add(FieldError.of(field, "report.json.integer"));
            return null;
        }
    }

    /** The answer to a submission. */
    static JsonObject receipt(BirthIntake.Receipt r) {
        return Jsons.createObjectBuilder().add("reference", r.reference()).add("caseNumber", r.caseNumber())
                .add("replayed", r.replayed()).build();
    }

    /**
     * A report as its hospital may see it: its case number from the start; once its case is open,
     * where it stands, its steps against the SOP's times, the service's own timing (opened, deadline,
     * done the same day), SIAK's numbers and the courier legs of its paper file with their chain of
     * custody.
     */
    static JsonObject status(BirthIntake.ReportState state) {
        JsonObjectBuilder json = Jsons.createObjectBuilder().add("reference", state.reference())
                .add("caseNumber", state.caseNumber()).add("report", state.status());
        if (state.lastError() != null) {
            json.add("lastError", state.lastError());
        }
        CaseView c = state.view();
        if (c == null) {
            return json.build();
        }
        json.add("sop", c.sopCode() + " v" + c.sopVersion()).add("status", c.status());
        if (c.current() != null) {
            json.add("currentStep", Jsons.createObjectBuilder().add("no", c.current().stepNo()).add("key", c.current().stepKey())
                    .add("activity", c.current().activity().id()).add("activityEn", c.current().activity().en())
                    .add("role", c.current().role()));
        }
        JsonArrayBuilder steps = Jsons.createArrayBuilder();
        for (CaseView.TimelineRow row : c.timeline()) {
            JsonObjectBuilder step = Jsons.createObjectBuilder().add("no", row.stepNo()).add("key", row.stepKey());
            put(step, "startedAt", row.startedAt());
            put(step, "dueAt", row.dueAt());
            put(step, "finishedAt", row.finishedAt());
            put(step, "outcome", row.outcome());
            put(step, "workedMinutes", row.workedMinutes());
            put(step, "onTime", row.onTime());
            steps.add(step);
        }
        json.add("steps", steps);
        JsonArrayBuilder siak = Jsons.createArrayBuilder();
        for (CaseView.SiakSend send : c.siakSends()) {
            JsonObjectBuilder issued = Jsons.createObjectBuilder();
            send.issued().forEach(n -> issued.add(n.field(), n.value()));
            siak.add(Jsons.createObjectBuilder().add("kind", send.kind()).add("status", send.status()).add("issued", issued));
        }
        return json.add("siak", siak).add("service", service(c)).add("courier", courier(c)).build();
    }

    /** The whole service against its promise: opened, its clock and deadline, closed, late, done the same day. */
    private static JsonObjectBuilder service(CaseView c) {
        JsonObjectBuilder service = Jsons.createObjectBuilder();
        put(service, "openedAt", c.openedAt());
        put(service, "clockStartedAt", c.serviceClockStartedAt());
        put(service, "deadline", c.serviceDeadline());
        put(service, "closedAt", c.closedAt());
        service.add("overdue", c.overdue());
        if (c.finishedSameDay() != null) {
            service.add("sameDay", c.finishedSameDay());
        }
        return service;
    }

    /** The courier legs of the paper file: where each goes, the courier's order and tracking, the chain of custody. */
    private static JsonArrayBuilder courier(CaseView c) {
        JsonArrayBuilder legs = Jsons.createArrayBuilder();
        for (CaseView.CourierTrip trip : c.courierTrips()) {
            JsonObjectBuilder leg = Jsons.createObjectBuilder().add("leg", trip.leg()).add("step", trip.stepKey())
                    .add("status", trip.status()).add("from", trip.from()).add("to", trip.to());
            put(leg, "orderId", trip.orderId());
            put(leg, "trackingId", trip.trackingId());
            put(leg, "waybillId", trip.waybillId());
            JsonArrayBuilder custody = Jsons.createArrayBuilder();
            for (CaseView.Custody e : trip.custody()) {
                JsonObjectBuilder event = Jsons.createObjectBuilder().add("status", e.status()).add("source", e.source());
                put(event, "at", e.at());
                put(event, "by", e.by());
                put(event, "note", e.note());
                put(event, "receivedBy", e.recipient());
                custody.add(event);
            }
            legs.add(leg.add("custody", custody));
        }
        return legs;
    }

    private static void put(JsonObjectBuilder b, String name, Object value) {
        if (value != null) {
            b.add(name, value.toString());
        }
    }
}
