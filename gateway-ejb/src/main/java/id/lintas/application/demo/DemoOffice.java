package id.lintas.application.demo;

import id.lintas.application.account.PasswordHashing;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.identity.UserAccount;
import id.lintas.domain.model.identity.UserAccountRepository;
import id.lintas.domain.model.identity.Username;
import id.lintas.domain.model.office.Institution;
import id.lintas.domain.model.office.InstitutionType;
import id.lintas.domain.model.office.Office;
import id.lintas.domain.model.office.OfficeCode;
import id.lintas.domain.model.office.OfficeRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo office (Kabupaten Blora) with one user per role, created at start-up only when the
 * system runs in demo mode ({@code LINTAS_DEMO=true}, set by the run command and the tests).
 * A real office's database never receives these accounts: they are not in any migration.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoOffice {
    private static final Logger LOG = Logger.getLogger(DemoOffice.class.getName());
    /** Key of the PostgreSQL advisory lock that lets one instance of a group seed at a time. */
    private static final long SEED_LOCK = 0x4C494E544153L; // "LINTAS"

    static final OfficeCode CODE = new OfficeCode("3316");

    /** The demo office's contact, printed in the emails to families (an example, not the real office's). */
    static final String CONTACT = "Jl. Pemuda No. 16, Blora 58215 · telepon (0296) 531000 · dukcapil@demo.lintas.invalid";

    /** The demo office's address and telephone, where couriers bring files (an example, not the real office's). */
    static final String ADDRESS = "Jl. Pemuda No. 16, Blora 58215";
    static final String PHONE = "(0296) 531000";

    record Partner(String code, InstitutionType type, String name, String address, String phone) {
        Partner(String code, InstitutionType type, String name, String address) {
            this(code, type, name, address, null);
        }
    }

    record DemoUser(String username, String fullName, Role role, String institutionCode) {
    }

    static final List<Partner> PARTNERS = List.of(
            new Partner("RSUD-BLORA", InstitutionType.HOSPITAL, "RSUD dr. R. Soetijono Blora", "Jl. Dr. Sutomo No. 42, Blora 58219",
                    "(0296) 531004"),
            new Partner("PKM-CEPU", InstitutionType.PUSKESMAS, "Puskesmas Cepu", "Jl. Diponegoro No. 1, Cepu 58312", "(0296) 421129"),
            new Partner("KURIR-BLORA", InstitutionType.COURIER, "Kurir Dindukcapil Blora", "Jl. Ahmad Yani No. 2, Blora 58214"),
            new Partner("SDN-1-BLORA", InstitutionType.SCHOOL, "SD Negeri 1 Blora", "Jl. Pemuda No. 10, Blora 58215"),
            new Partner("KEL-KUNDEN", InstitutionType.VILLAGE, "Kelurahan Kunden", "Jl. Gatot Subroto No. 5, Blora 58211"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("operator", "Siti Rahayu", Role.OPERATOR, null),
            new DemoUser("kasi", "Bambang Sutrisno", Role.KASI, null),
            new DemoUser("kabid.dafduk", "Dwi Lestari", Role.KABID_DAFDUK, null),
            new DemoUser("kabid.capil", "Agus Prasetyo", Role.KABID_CAPIL, null),
            new DemoUser("kadis", "Hendro Wibowo", Role.KADIS, null),
            new DemoUser("rs.blora", "Ratna Dewi (RSUD Blora)", Role.HOSPITAL, "RSUD-BLORA"),
            new DemoUser("pkm.cepu", "Wahyu Hidayat (Puskesmas Cepu)", Role.HOSPITAL, "PKM-CEPU"),
            new DemoUser("kurir", "Joko Santoso", Role.COURIER, "KURIR-BLORA"),
            new DemoUser("sekolah", "Endang Susilowati (SDN 1 Blora)", Role.SCHOOL, "SDN-1-BLORA"),
            new DemoUser("desa", "Sugeng Riyadi (Kel. Kunden)", Role.VILLAGE, "KEL-KUNDEN"),
            new DemoUser("admin", "Admin Dindukcapil Blora", Role.ADMIN, null));

    @Inject
    @ConfigProperty(name = "lintas.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "lintas.demo.password", defaultValue = "lintas-demo")
    String password;

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Inject
    OfficeRepository offices;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void seed() {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("select pg_advisory_xact_lock(" + SEED_LOCK + ")").getSingleResult();
        Office office = offices.findByCode(CODE).orElseGet(() -> {
            Office created = new Office(CODE, "Kabupaten Blora", "Jawa Tengah", ZoneId.of("Asia/Jakarta"));
            offices.store(created);
            return created;
        });
        if (office.contact().isEmpty()) {
            office.reachableAt(CONTACT);
        }
        if (office.address().isEmpty()) {
            office.locatedAt(ADDRESS, PHONE);
        }
        for (Partner p : PARTNERS) {
            Institution partner = offices.findInstitution(office, p.code()).orElseGet(() -> {
                Institution created = new Institution(office, p.type(), p.code(), p.name());
                offices.store(created);
                return created;
            });
            if (partner.address().isEmpty()) {
                partner.locatedAt(p.address());
            }
            if (partner.phone().isEmpty() && p.phone() != null) {
                partner.callableAt(p.phone());
            }
        }
        em.flush();
        int created = 0;
        for (DemoUser u : USERS) {
            Username username = new Username(u.username());
            if (accounts.findByUsername(username).isPresent()) {
                continue;
            }
            String hash = hashing.hash(password.toCharArray());
            accounts.store(u.institutionCode() == null
                    ? UserAccount.staff(office, username, u.fullName(), u.role(), hash)
                    : UserAccount.external(offices.findInstitution(office, u.institutionCode()).orElseThrow(), username,
                            u.fullName(), u.role(), hash));
            created++;
        }
        int total = created;
        LOG.info(() -> "Demo mode: office " + CODE + " with " + USERS.size() + " demo users (" + total + " created now)");
    }
}
