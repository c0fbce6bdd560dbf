package id.lintas.domain.model.document;

import id.lintas.domain.shared.BusinessException;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of akta pencatatan sipil (civil registration deeds) SIAK registers, each with the
 * two-letter code it prints in the {@link DeedNumber}. A birth has two codes: {@code LU} (lahir
 * umum) when it is reported within the legal period (60 days after the birth) and {@code LT}
 * (lahir terlambat) when it is reported later; both lead to an akta kelahiran.
 *
 * <p>{@code LU}, {@code LT}, {@code KM}, {@code KW} and {@code CR} are the codes printed on current
 * SIAK deeds. The codes of the two child deeds, {@code PA} (pengakuan anak) and {@code PS}
 * (pengesahan anak), could not be checked against a printed deed: confirm them with the office
 * before relying on them.
 */
public enum CivilRegistryDeed {
    BIRTH("LU", "Kelahiran", "Birth"),
    LATE_BIRTH("LT", "Kelahiran (pencatatan terlambat)", "Birth (late registration)"),
    DEATH("KM", "Kematian", "Death"),
    /** Marriages of non-Muslims: Muslim marriages are recorded by the KUA, not by the Dinas. */
    MARRIAGE("KW", "Perkawinan", "Marriage"),
    DIVORCE("CR", "Perceraian", "Divorce"),
    /** Unverified code, see the class comment. */
    CHILD_RECOGNITION("PA", "Pengakuan anak", "Recognition of a child"),
    /** Unverified code, see the class comment. */
    CHILD_LEGITIMATION("PS", "Pengesahan anak", "Legitimation of a child");

    private final String code;
    private final String indonesianName;
    private final String englishName;

    CivilRegistryDeed(String code, String indonesianName, String englishName) {
        this.code = code;
        this.indonesianName = indonesianName;
        this.englishName = englishName;
    }

    /** The code in the deed number, e.g. {@code LU}. */
    public String code() {
        return code;
    }

    public String indonesianName() {
        return indonesianName;
    }

    public String englishName() {
        return englishName;
    }

    /** The deed of a code, in any case, surrounding blanks ignored ({@code deed.code.unknown}). */
    public static CivilRegistryDeed fromCode(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Stream.of(values()).filter(deed -> deed.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new BusinessException("deed.code.unknown", code,
                        Stream.of(values()).map(CivilRegistryDeed::code).collect(Collectors.joining(", "))));
    }
}
