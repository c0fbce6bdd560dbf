package id.lintas.domain.model.siak;

import id.lintas.domain.model.person.KkNumber;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A family as SIAK records it under one nomor KK: the head's name, the address and the members in
 * the order the Kartu Keluarga lists them. What the office prints on a new KK or KIA comes from
 * here, because SIAK, not the office, is where the family is kept. Immutable.
 *
 * @param number the nomor KK
 * @param headName nama kepala keluarga, or null when SIAK lists no head
 * @param street alamat
 * @param rt rukun tetangga, e.g. {@code 002}
 * @param rw rukun warga, e.g. {@code 003}
 * @param village desa/kelurahan as SIAK names it
 * @param district kecamatan as SIAK names it
 * @param members the members SIAK knows, in card order
 */
public record Family(KkNumber number, String headName, String street, String rt, String rw, String village,
        String district, List<Member> members) {

    public Family {
        Objects.requireNonNull(number, "number");
        members = List.copyOf(members);
    }

    /** The head of the family's name: SIAK's, else the member it lists as KEPALA KELUARGA, if any. */
    public Optional<String> head() {
        if (headName != null && !headName.isBlank()) {
            return Optional.of(headName);
        }
        return members.stream().filter(m -> "KEPALA KELUARGA".equalsIgnoreCase(m.resident().familyRelation()))
                .map(m -> m.resident().fullName()).findFirst();
    }

    /**
     * One member: SIAK's record of the resident and the facts the KK prints besides (each null
     * when SIAK has none).
     *
     * @param resident NIK, name, sex, birth, relation to the head (STAT_HBKEL)
     * @param religion agama
     * @param education pendidikan terakhir
     * @param occupation jenis pekerjaan
     * @param maritalStatus status perkawinan
     * @param motherName nama ibu
     * @param fatherName nama ayah
     */
    public record Member(Resident resident, String religion, String education, String occupation, String maritalStatus,
            String motherName, String fatherName) {
        public Member {
            Objects.requireNonNull(resident, "resident");
        }
    }
}
