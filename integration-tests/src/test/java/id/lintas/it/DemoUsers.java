package id.lintas.it;

import java.util.List;

/**
 * The demo office's users (seeded in demo mode), one per role, and the folder of each role; the
 * demo also has a second hospital-side partner's user, {@link #SECOND_HOSPITAL}.
 */
record DemoUsers(String role, String username, String folder) {
    /** Puskesmas Cepu's user: a HOSPITAL of another institution than rs.blora's. */
    static final String SECOND_HOSPITAL = "pkm.cepu";

    static final List<DemoUsers> ALL = List.of(
            new DemoUsers("OPERATOR", "operator", "operator"),
            new DemoUsers("KASI", "kasi", "kasi"),
            new DemoUsers("KABID_DAFDUK", "kabid.dafduk", "kabid-dafduk"),
            new DemoUsers("KABID_CAPIL", "kabid.capil", "kabid-capil"),
            new DemoUsers("KADIS", "kadis", "kadis"),
            new DemoUsers("HOSPITAL", "rs.blora", "hospital"),
            new DemoUsers("COURIER", "kurir", "courier"),
            new DemoUsers("SCHOOL", "sekolah", "school"),
            new DemoUsers("VILLAGE", "desa", "village"),
            new DemoUsers("ADMIN", "admin", "admin"));

    String home() {
        return "/" + folder + "/index.xhtml";
    }
}
