package id.lintas.sandbox.siak.draft;

import id.lintas.sandbox.siak.model.Education;
import id.lintas.sandbox.siak.model.MaritalStatus;
import id.lintas.sandbox.siak.model.Occupation;
import id.lintas.sandbox.siak.model.Religion;
import id.lintas.sandbox.siak.model.Sex;
import id.lintas.sandbox.siak.model.SiakDates;
import id.lintas.sandbox.siak.model.SiakField;
import id.lintas.sandbox.siak.model.SiakTerm;
import id.lintas.sandbox.siak.numbering.SiakNumbers;
import id.lintas.sandbox.siak.registry.BiodataChange;
import id.lintas.sandbox.siak.registry.Birth;
import id.lintas.sandbox.siak.registry.Death;
import id.lintas.sandbox.siak.registry.Problem;
import id.lintas.sandbox.siak.registry.Refusal;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the body of a draft and checks its form (required fields, formats, vocabularies, ranges)
 * before SIAK's data rules are applied. Every problem found is reported at once, with the field.
 */
final class DraftRequests {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z .,'-]{1,59}");
    private static final Set<String> BIODATA_CONTROL_KEYS = Set.of("JENIS", "NIK");
    private static final int MAX_CAUSE_LENGTH = 200;
    private static final String KINDS = Arrays.stream(DraftKind.values()).map(DraftKind::name)
            .collect(Collectors.joining(", "));

    private DraftRequests() {
    }

    /** The kind of draft the body asks for ({@code JENIS}). */
    static DraftKind kind(JsonObject body) {
        String kind = text(body, "JENIS");
        if (kind == null || kind.isBlank()) {
            throw refused(new Problem("JENIS", "JENIS wajib diisi: " + KINDS + "."));
        }
        try {
            return DraftKind.valueOf(SiakTerm.normalise(kind));
        } catch (IllegalArgumentException e) {
            throw refused(new Problem("JENIS", "JENIS '" + kind + "' tidak dikenal: " + KINDS + "."));
        }
    }

    /**
     * A birth: NAMA_LGKP, JENIS_KLMIN, TMPT_LHR, TGL_LHR and NIK_IBU required; NIK_AYAH or
     * NAMA_LGKP_AYAH, NO_KK, ANAK_KE (1-20), BERAT (kg 0.3-7 or grams 300-7000) and PANJANG (cm
     * 20-70) optional; other members are kept with the draft but not checked.
     */
    static Birth birth(JsonObject body) {
        List<Problem> problems = new ArrayList<>();
        String name = name(body, "NAMA_LGKP", true, problems);
        Sex sex = null;
        String sexCode = text(body, "JENIS_KLMIN");
        if (sexCode == null || sexCode.isBlank()) {
            problems.add(new Problem("JENIS_KLMIN", "JENIS_KLMIN wajib diisi: 1 (laki-laki) atau 2 (perempuan)."));
        } else if ((sex = Sex.ofCode(sexCode)) == null) {
            problems.add(new Problem("JENIS_KLMIN", "JENIS_KLMIN harus 1 (laki-laki) atau 2 (perempuan), bukan '" + sexCode + "'."));
        }
        String place = place(body, "TMPT_LHR", "tempat lahir", 1, problems);
        LocalDate birthDate = date(body, "TGL_LHR", problems);
        String motherNik = number(body, "NIK_IBU", true, problems, SiakNumbers::nikProblem);
        String fatherNik = number(body, "NIK_AYAH", false, problems, SiakNumbers::nikProblem);
        String fatherName = name(body, "NAMA_LGKP_AYAH", false, problems);
        String kkNumber = number(body, "NO_KK", false, problems, SiakNumbers::kkProblem);
        range(body, "ANAK_KE", problems, "ANAK_KE harus bilangan bulat 1 sampai 20.", v -> isWhole(v) && in(v, 1, 20));
        range(body, "BERAT", problems, "BERAT harus dalam kg (0.3 sampai 7) atau gram (300 sampai 7000).",
                v -> in(v, 0.3, 7) || in(v, 300, 7000));
        range(body, "PANJANG", problems, "PANJANG harus dalam cm (20 sampai 70).", v -> in(v, 20, 70));
        Refusal.ifAny(problems);
        return new Birth(name, sex, place, birthDate, motherNik, fatherNik, fatherName, kkNumber);
    }

    /**
     * A death: NIK (the deceased), TGL_KMT and TMPT_KMT (2-60 characters) required; SEBAB_KMT
     * (cause, at most 200 characters) and NIK_PELAPOR (the reporter) optional; other members are
     * kept with the draft but not checked.
     */
    static Death death(JsonObject body) {
        List<Problem> problems = new ArrayList<>();
        String nik = number(body, "NIK", true, problems, SiakNumbers::nikProblem);
        LocalDate deathDate = date(body, "TGL_KMT", problems);
        String place = place(body, "TMPT_KMT", "tempat kematian", 2, problems);
        String cause = text(body, "SEBAB_KMT");
        cause = cause == null || cause.isBlank() ? null : SiakTerm.normalise(cause);
        if (cause != null && cause.length() > MAX_CAUSE_LENGTH) {
            problems.add(new Problem("SEBAB_KMT", "SEBAB_KMT paling panjang " + MAX_CAUSE_LENGTH + " karakter."));
        }
        String reporterNik = number(body, "NIK_PELAPOR", false, problems, SiakNumbers::nikProblem);
        Refusal.ifAny(problems);
        return new Death(nik, deathDate, place, cause, reporterNik);
    }

    /** The resident (NIK) a biodata change is for; the NIK is checked by {@link #biodataChange}. */
    static String biodataNik(JsonObject body) {
        return text(body, "NIK") == null ? null : text(body, "NIK").strip();
    }

    /**
     * A biodata change: NIK and at least one of the fields a change may touch ({@link
     * SiakField#changeable()}), with values from SIAK's vocabularies where it has one.
     */
    static BiodataChange biodataChange(JsonObject body) {
        List<Problem> problems = new ArrayList<>();
        number(body, "NIK", true, problems, SiakNumbers::nikProblem);
        Map<SiakField, String> values = new EnumMap<>(SiakField.class);
        for (String key : body.keySet()) {
            if (BIODATA_CONTROL_KEYS.contains(key)) {
                continue;
            }
            SiakField field = SiakField.of(key);
            if (field == null || !key.equals(field.name())) {
                problems.add(new Problem(key, "Field " + key + " tidak dikenal SIAK."));
            } else if (!field.changeable()) {
                problems.add(new Problem(key, "Field " + key + " tidak dapat diubah melalui PERUBAHAN_BIODATA."));
            } else {
                String value = text(body, key);
                if (value == null || value.isBlank()) {
                    problems.add(new Problem(key, "Nilai baru " + key + " wajib diisi."));
                } else {
                    values.put(field, SiakTerm.normalise(value));
                }
            }
        }
        if (values.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(null, "Sebutkan paling sedikit satu data yang diubah, mis. NAMA_LGKP atau JENIS_PKRJN."));
        }
        String name = values.get(SiakField.NAMA_LGKP);
        if (name != null && !NAME.matcher(name).matches()) {
            problems.add(new Problem("NAMA_LGKP", "NAMA_LGKP hanya boleh berisi huruf, spasi dan tanda . , ' - (2 sampai 60 karakter)."));
        }
        BiodataChange change = new BiodataChange(name, values.get(SiakField.TMPT_LHR),
                term(Religion.class, SiakField.AGAMA, values, problems),
                term(MaritalStatus.class, SiakField.STAT_KWN, values, problems),
                term(Education.class, SiakField.PDDK_AKH, values, problems),
                term(Occupation.class, SiakField.JENIS_PKRJN, values, problems),
                values.get(SiakField.NAMA_LGKP_IBU), values.get(SiakField.NAMA_LGKP_AYAH));
        Refusal.ifAny(problems);
        return change;
    }

    private static <E extends Enum<E> & SiakTerm> E term(Class<E> type, SiakField field, Map<SiakField, String> values,
            List<Problem> problems) {
        String value = values.get(field);
        if (value == null) {
            return null;
        }
        E term = SiakTerm.parse(type, value);
        if (term == null) {
            problems.add(new Problem(field.name(), "Nilai " + field.name() + " '" + value + "' tidak dikenal SIAK ("
                    + Arrays.stream(type.getEnumConstants()).map(SiakTerm::label).collect(Collectors.joining(", ")) + ")."));
        }
        return term;
    }

    private static String name(JsonObject body, String key, boolean required, List<Problem> problems) {
        String value = text(body, key);
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(key, key + " wajib diisi."));
            }
            return null;
        }
        String name = SiakTerm.normalise(value);
        if (!NAME.matcher(name).matches()) {
            problems.add(new Problem(key, key + " hanya boleh berisi huruf, spasi dan tanda . , ' - (2 sampai 60 karakter)."));
        }
        return name;
    }

    /** A place (required), normalised as SIAK stores places: {@code min} to 60 characters. */
    private static String place(JsonObject body, String key, String what, int min, List<Problem> problems) {
        String value = text(body, key);
        if (value == null || value.isBlank()) {
            problems.add(new Problem(key, key + " (" + what + ") wajib diisi."));
            return null;
        }
        String place = SiakTerm.normalise(value);
        if (place.length() > 60) {
            problems.add(new Problem(key, key + " paling panjang 60 karakter."));
        } else if (place.length() < min) {
            problems.add(new Problem(key, key + " paling pendek " + min + " karakter."));
        }
        return place;
    }

    private static LocalDate date(JsonObject body, String key, List<Problem> problems) {
        String value = text(body, key);
        if (value == null || value.isBlank()) {
            problems.add(new Problem(key, key + " wajib diisi (dd-MM-yyyy)."));
            return null;
        }
        LocalDate date = SiakDates.parse(value.strip());
        if (date == null) {
            problems.add(new Problem(key, key + " harus tanggal yang ada dalam format dd-MM-yyyy, bukan '" + value + "'."));
        }
        return date;
    }

    private static String number(JsonObject body, String key, boolean required, List<Problem> problems,
            Function<String, String> check) {
        String value = text(body, key);
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(key, key + " wajib diisi."));
            }
            return null;
        }
        String problem = check.apply(value.strip());
        if (problem != null) {
            problems.add(new Problem(key, key + ": " + problem));
        }
        return value.strip();
    }

    private static void range(JsonObject body, String key, List<Problem> problems, String message,
            Predicate<BigDecimal> valid) {
        JsonValue value = body.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        BigDecimal number = null;
        if (value instanceof JsonNumber json) {
            number = json.bigDecimalValue();
        } else if (value instanceof JsonString json) {
            try {
                number = new BigDecimal(json.getString().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                number = null;
            }
        }
        if (number == null || !valid.test(number)) {
            problems.add(new Problem(key, message));
        }
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static boolean in(BigDecimal value, double min, double max) {
        return value.doubleValue() >= min && value.doubleValue() <= max;
    }

    /** A member as text (strings as they are, numbers as written), {@code null} when absent. */
    static String text(JsonObject body, String key) {
        JsonValue value = body.get(key);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        if (value instanceof JsonNumber json) {
            return json.toString();
        }
        return null;
    }

    private static Refusal refused(Problem problem) {
        return new Refusal("VALIDASI_GAGAL", List.of(problem));
    }
}
