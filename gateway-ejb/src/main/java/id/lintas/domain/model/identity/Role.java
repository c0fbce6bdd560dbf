package id.lintas.domain.model.identity;

import id.lintas.domain.model.office.InstitutionType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles that perform the SOP steps. Office staff act for their office; external actors
 * additionally act for one institution of a fitting type.
 *
 * <p>The names are the security group and role names used by the container
 * ({@code @RolesAllowed}, web.xml); {@link Names} repeats them as compile-time constants.
 */
public enum Role {
    /** Front office, SIAK data entry, KIA printing (ADB, operator, JFU). */
    OPERATOR,
    /** Kepala seksi: checks drafts before the kabid. */
    KASI,
    /** Kabid Pelayanan Pendaftaran Penduduk (NIK, KK, KTP-el, KIA). */
    KABID_DAFDUK,
    /** Kabid Pelayanan Pencatatan Sipil (birth, death, marriage, divorce, recognition). */
    KABID_CAPIL,
    /** Kepala dinas: disposes letters and signs documents electronically (TTE). */
    KADIS,
    /** Operator of a hospital or puskesmas. */
    HOSPITAL(InstitutionType.HOSPITAL, InstitutionType.PUSKESMAS),
    /** Courier carrying the paper file between institution, office and family. */
    COURIER(InstitutionType.COURIER),
    /** School collecting KIA applications. */
    SCHOOL(InstitutionType.SCHOOL),
    /** Village or kelurahan office. */
    VILLAGE(InstitutionType.VILLAGE),
    /** Office administrator: users, institutions, configuration. */
    ADMIN;

    private final Set<InstitutionType> institutionTypes;

    Role(InstitutionType... institutionTypes) {
        this.institutionTypes = institutionTypes.length == 0
                ? EnumSet.noneOf(InstitutionType.class) : EnumSet.of(institutionTypes[0], institutionTypes);
    }

    /** Whether the role belongs to an outside institution rather than the office's staff. */
    public boolean isExternal() {
        return !institutionTypes.isEmpty();
    }

    /**
     * Whether a user of this role acts only on the cases of their own institution: a hospital on
     * its births, a school on its students, a village on its requests. The courier serves every
     * case of its office.
     */
    public boolean isBoundToCaseInstitution() {
        return this == HOSPITAL || this == SCHOOL || this == VILLAGE;
    }

    /** Whether a user of this role may act for an institution of the given type. */
    public boolean acceptsInstitution(InstitutionType type) {
        return institutionTypes.contains(type);
    }

    /** Role names as constants, for annotations. Kept equal to the enum by a unit test. */
    public static final class Names {
        public static final String OPERATOR = "OPERATOR";
        public static final String KASI = "KASI";
        public static final String KABID_DAFDUK = "KABID_DAFDUK";
        public static final String KABID_CAPIL = "KABID_CAPIL";
        public static final String KADIS = "KADIS";
        public static final String HOSPITAL = "HOSPITAL";
        public static final String COURIER = "COURIER";
        public static final String SCHOOL = "SCHOOL";
        public static final String VILLAGE = "VILLAGE";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
