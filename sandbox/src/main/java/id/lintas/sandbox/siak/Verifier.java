package id.lintas.sandbox.siak;

import id.lintas.sandbox.http.ApiFailure;
import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.siak.model.Address;
import id.lintas.sandbox.siak.model.Resident;
import id.lintas.sandbox.siak.model.SiakField;
import id.lintas.sandbox.siak.numbering.SiakNumbers;
import id.lintas.sandbox.siak.registry.Registry;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifikasi data: compares what an office submits about a resident with what SIAK holds, field
 * by field, as the operator does before entering a request ("compares with SIAK"). Names, places
 * and labels match ignoring case and repeated blanks, RT/RW and region numbers as numbers, NIKs,
 * codes and dates ({@code dd-MM-yyyy}) exactly.
 */
final class Verifier {
    private final Registry registry;

    Verifier(Registry registry) {
        this.registry = registry;
    }

    JsonObject verify(JsonObject body) {
        String nik = Json.text(body, "NIK");
        String problem = SiakNumbers.nikProblem(nik == null ? null : nik.strip());
        if (problem != null) {
            throw ApiFailure.badRequest("NIK_TIDAK_VALID", problem);
        }
        nik = nik.strip();
        Resident resident = registry.resident(nik);
        if (resident == null) {
            throw ApiFailure.notFound("DATA_TIDAK_DITEMUKAN", "NIK " + nik + " tidak terdaftar di SIAK.");
        }
        Address address = registry.addressOf(resident);
        List<String> unknown = new ArrayList<>();
        JsonArrayBuilder results = Json.array();
        boolean allMatch = true;
        int compared = 0;
        for (String key : body.keySet()) {
            if (key.equals("NIK")) {
                continue;
            }
            SiakField field = SiakField.of(key);
            if (field == null || !field.name().equals(key)) {
                unknown.add(key);
                continue;
            }
            String submitted = Json.text(body, key);
            String siak = field.valueOf(resident, address);
            boolean match = field.matches(submitted, siak);
            allMatch &= match;
            compared++;
            JsonObjectBuilder result = Json.object().add("FIELD", key);
            Json.put(result, "DIAJUKAN", submitted);
            Json.put(result, "SIAK", siak);
            results.add(result.add("SESUAI", match));
        }
        if (!unknown.isEmpty()) {
            throw ApiFailure.unprocessable("FIELD_TIDAK_DIKENAL", "Field tidak dikenal SIAK: " + String.join(", ", unknown) + ".");
        }
        if (compared == 0) {
            throw ApiFailure.unprocessable("TIDAK_ADA_DATA", "Sertakan paling sedikit satu field selain NIK untuk dibandingkan.");
        }
        return Json.object().add("NIK", nik).add("HASIL", results).add("SESUAI_SEMUA", allMatch).build();
    }
}
