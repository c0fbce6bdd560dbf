package id.lintas.sandbox.siak;

import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.siak.draft.Draft;
import id.lintas.sandbox.siak.model.Address;
import id.lintas.sandbox.siak.model.Blora;
import id.lintas.sandbox.siak.model.Family;
import id.lintas.sandbox.siak.model.FamilyRelation;
import id.lintas.sandbox.siak.model.Resident;
import id.lintas.sandbox.siak.model.SiakDates;
import id.lintas.sandbox.siak.model.SiakField;
import id.lintas.sandbox.siak.registry.BirthRecord;
import id.lintas.sandbox.siak.registry.DeathRecord;
import id.lintas.sandbox.siak.registry.Registry;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;

/**
 * Residents, families and drafts in SIAK's JSON vocabulary (upper-case keys, {@code dd-MM-yyyy}
 * dates, absent values as JSON {@code null}).
 */
final class SiakJson {
    private SiakJson() {
    }

    /** Every {@link SiakField} of a resident, in the order of the enum. */
    static JsonObjectBuilder resident(Resident resident, Address address) {
        JsonObjectBuilder json = Json.object();
        for (SiakField field : SiakField.values()) {
            Json.put(json, field.name(), field.valueOf(resident, address));
        }
        return json;
    }

    /** A KK: its number, the head's name, the address and the members ({@code ANGGOTA}) in card order. */
    static JsonObjectBuilder family(Family family, Registry registry) {
        Address address = family.address();
        JsonArrayBuilder members = Json.array();
        String headName = null;
        int count = 0;
        for (String nik : family.memberNiks()) {
            Resident member = registry.resident(nik);
            if (member == null) {
                continue;
            }
            if (headName == null && member.relation() == FamilyRelation.HEAD) {
                headName = member.name();
            }
            members.add(resident(member, address));
            count++;
        }
        JsonObjectBuilder json = Json.object().add("NO_KK", family.kkNumber());
        Json.put(json, "NAMA_KEP", headName);
        return json.add("ALAMAT", address.street())
                .add("NO_RT", address.rtNumber())
                .add("NO_RW", address.rwNumber())
                .add("KODE_POS", address.district().postalCode())
                .add("NO_PROP", Blora.PROVINCE_CODE)
                .add("NO_KAB", Blora.REGENCY_NUMBER)
                .add("NO_KEC", address.district().twoDigits())
                .add("NO_KEL", address.village().number())
                .add("NAMA_PROP", Blora.PROVINCE_NAME)
                .add("NAMA_KAB", Blora.REGENCY_NAME)
                .add("NAMA_KEC", address.district().name())
                .add("NAMA_KEL", address.village().name())
                .add("JUMLAH_ANGGOTA", count)
                .add("ANGGOTA", members);
    }

    /** A draft: its id, kind, status, the body as submitted, and what came of it. */
    static JsonObject draft(Draft draft) {
        Draft.State state = draft.state();
        JsonObjectBuilder json = Json.object()
                .add("ID_DRAFT", draft.id())
                .add("JENIS", draft.kind().name())
                .add("STATUS", state.status().name())
                .add("WAKTU_PENGAJUAN", draft.submittedAt().toString());
        switch (state.status()) {
            case TERBIT -> {
                json.add("TGL_TERBIT", SiakDates.format(state.issuedOn())).add("WAKTU_KEPUTUSAN", state.decidedAt().toString());
                switch (draft.kind()) {
                    case KELAHIRAN -> {
                        BirthRecord record = state.birthRecord();
                        json.add("NIK", record.nik())
                                .add("NO_KK", record.kkNumber())
                                .add("KK_BARU", record.newFamily())
                                .add("NO_AKTA_LHR", record.birthCertificateNumber())
                                .add("NO_KIA", record.nik());
                    }
                    case PERUBAHAN_BIODATA -> json.add("NIK", draft.nik()).add("PERUBAHAN", changes(state.biodata()));
                    case KEMATIAN -> {
                        DeathRecord record = state.deathRecord();
                        json.add("NIK", record.nik())
                                .add("NO_KK", record.kkNumber())
                                .add("NO_AKTA_KMT", record.deathCertificateNumber())
                                .add("TGL_KMT", SiakDates.format(record.deathDate()));
                    }
                }
            }
            case DITOLAK -> json.add("WAKTU_KEPUTUSAN", state.decidedAt().toString()).add("ALASAN", state.rejectionReason());
            default -> {
                // DIAJUKAN: nothing decided yet
            }
        }
        return json.add("DATA", draft.request()).build();
    }

    /** The fields a biodata change changed, with the old and new values. */
    private static JsonArrayBuilder changes(Registry.Changed changed) {
        JsonArrayBuilder list = Json.array();
        for (SiakField field : SiakField.values()) {
            if (!field.changeable()) {
                continue;
            }
            String before = field.valueOf(changed.before(), null);
            String after = field.valueOf(changed.after(), null);
            if (!Objects.equals(before, after)) {
                JsonObjectBuilder change = Json.object().add("FIELD", field.name());
                Json.put(change, "LAMA", before);
                Json.put(change, "BARU", after);
                list.add(change);
            }
        }
        return list;
    }
}
