package id.lintas.sandbox.siak.model;

import java.util.Locale;

/**
 * The fields of a resident in SIAK's vocabulary, named exactly as the JSON keys, with how a
 * submitted value is compared ({@link Comparison}) and whether a perubahan biodata (biodata change)
 * may change it. NIK = identity number, NO_KK = family card number, NAMA_LGKP = full name,
 * JENIS_KLMIN = sex, TMPT_LHR/TGL_LHR = place/date of birth, AGAMA = religion, STAT_KWN =
 * marital status, STAT_HBKEL = relation to the head of family, PDDK_AKH = education, JENIS_PKRJN
 * = occupation, *_IBU/*_AYAH = mother/father, NO_AKTA_LHR = birth certificate number, STATUS_HIDUP
 * = alive or dead ({@code HIDUP}/{@code MATI}), TGL_KMT = date of death, NO_AKTA_KMT = death
 * certificate number (both {@code null} while alive), ALAMAT,
 * NO_RT, NO_RW, KODE_POS = address, NO_PROP/NO_KAB/NO_KEC/NO_KEL = province/regency/district/village
 * numbers, NAMA_KEC/NAMA_KEL = district/village names.
 */
public enum SiakField {
    NIK(Comparison.EXACT, false),
    NO_KK(Comparison.EXACT, false),
    NAMA_LGKP(Comparison.TEXT, true),
    JENIS_KLMIN(Comparison.EXACT, false),
    TMPT_LHR(Comparison.TEXT, true),
    TGL_LHR(Comparison.EXACT, false),
    AGAMA(Comparison.TEXT, true),
    STAT_KWN(Comparison.TEXT, true),
    STAT_HBKEL(Comparison.TEXT, false),
    PDDK_AKH(Comparison.TEXT, true),
    JENIS_PKRJN(Comparison.TEXT, true),
    NIK_IBU(Comparison.EXACT, false),
    NAMA_LGKP_IBU(Comparison.TEXT, true),
    NIK_AYAH(Comparison.EXACT, false),
    NAMA_LGKP_AYAH(Comparison.TEXT, true),
    NO_AKTA_LHR(Comparison.TEXT, false),
    STATUS_HIDUP(Comparison.TEXT, false),
    TGL_KMT(Comparison.EXACT, false),
    NO_AKTA_KMT(Comparison.TEXT, false),
    ALAMAT(Comparison.TEXT, false),
    NO_RT(Comparison.NUMBER, false),
    NO_RW(Comparison.NUMBER, false),
    KODE_POS(Comparison.EXACT, false),
    NO_PROP(Comparison.NUMBER, false),
    NO_KAB(Comparison.NUMBER, false),
    NO_KEC(Comparison.NUMBER, false),
    NO_KEL(Comparison.NUMBER, false),
    NAMA_KEC(Comparison.TEXT, false),
    NAMA_KEL(Comparison.TEXT, false);

    /** How a value submitted for verification is compared with SIAK's. */
    public enum Comparison {
        /** Character for character after trimming (numbers, codes, dates {@code dd-MM-yyyy}). */
        EXACT,
        /** Ignoring case and repeated blanks (names, places, labels). */
        TEXT,
        /** As whole numbers, so {@code 3}, {@code 03} and {@code 003} are the same RT. */
        NUMBER
    }

    private final Comparison comparison;
    private final boolean changeable;

    SiakField(Comparison comparison, boolean changeable) {
        this.comparison = comparison;
        this.changeable = changeable;
    }

    public Comparison comparison() {
        return comparison;
    }

    /** Whether a PERUBAHAN_BIODATA draft may change it (not NIK-bound fields, family, address or death). */
    public boolean changeable() {
        return changeable;
    }

    /** The field of a JSON key, or {@code null}. */
    public static SiakField of(String key) {
        try {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The value SIAK holds for {@code resident} living at {@code address}; {@code null} when there is none. */
    public String valueOf(Resident resident, Address address) {
        return switch (this) {
            case NIK -> resident.nik();
            case NO_KK -> resident.kkNumber();
            case NAMA_LGKP -> resident.name();
            case JENIS_KLMIN -> resident.sex().code();
            case TMPT_LHR -> resident.birthPlace();
            case TGL_LHR -> SiakDates.format(resident.birthDate());
            case AGAMA -> resident.religion().label();
            case STAT_KWN -> resident.maritalStatus().label();
            case STAT_HBKEL -> resident.relation().label();
            case PDDK_AKH -> resident.education().label();
            case JENIS_PKRJN -> resident.occupation().label();
            case NIK_IBU -> resident.motherNik();
            case NAMA_LGKP_IBU -> resident.motherName();
            case NIK_AYAH -> resident.fatherNik();
            case NAMA_LGKP_AYAH -> resident.fatherName();
            case NO_AKTA_LHR -> resident.birthCertificateNumber();
            case STATUS_HIDUP -> resident.dead() ? "MATI" : "HIDUP";
            case TGL_KMT -> SiakDates.format(resident.deathDate());
            case NO_AKTA_KMT -> resident.deathCertificateNumber();
            case ALAMAT -> address.street();
            case NO_RT -> address.rtNumber();
            case NO_RW -> address.rwNumber();
            case KODE_POS -> address.district().postalCode();
            case NO_PROP -> Blora.PROVINCE_CODE;
            case NO_KAB -> Blora.REGENCY_NUMBER;
            case NO_KEC -> address.district().twoDigits();
            case NO_KEL -> address.village().number();
            case NAMA_KEC -> address.district().name();
            case NAMA_KEL -> address.village().name();
        };
    }

    /** Whether a submitted value matches SIAK's under this field's {@link Comparison}. */
    public boolean matches(String submitted, String siak) {
        String a = submitted == null ? "" : submitted.strip();
        String b = siak == null ? "" : siak.strip();
        return switch (comparison) {
            case EXACT -> a.equals(b);
            case TEXT -> SiakTerm.normalise(a).equals(SiakTerm.normalise(b));
            case NUMBER -> a.equals(b) || (a.matches("[0-9]{1,9}") && b.matches("[0-9]{1,9}")
                    && Integer.parseInt(a) == Integer.parseInt(b));
        };
    }
}
