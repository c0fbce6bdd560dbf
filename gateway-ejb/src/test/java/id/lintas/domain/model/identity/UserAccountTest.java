package id.lintas.domain.model.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.office.Institution;
import id.lintas.domain.model.office.InstitutionType;
import id.lintas.domain.model.office.Office;
import id.lintas.domain.model.office.OfficeCode;
import id.lintas.domain.shared.BusinessException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserAccountTest {
    private final Office blora = new Office(new OfficeCode("3316"), "Kabupaten Blora", "Jawa Tengah",
            ZoneId.of("Asia/Jakarta"));
    private final Institution hospital = new Institution(blora, InstitutionType.HOSPITAL, "RSUD", "RSUD Blora");
    private final Institution puskesmas = new Institution(blora, InstitutionType.PUSKESMAS, "PKM", "Puskesmas Blora");
    private final Institution school = new Institution(blora, InstitutionType.SCHOOL, "SDN1", "SDN 1");

    @Test
    void staffBelongToTheOfficeAndNoInstitution() {
        UserAccount kasi = UserAccount.staff(blora, Username.of(" Kasi.Blora "), "Bambang", Role.KASI, "hash");
        assertThat(kasi.username().value()).isEqualTo("kasi.blora");
        assertThat(kasi.office()).isSameAs(blora);
        assertThat(kasi.institution()).isEmpty();
        assertThat(kasi.isActive()).isTrue();
    }

    @Test
    void externalActorsNeedAnInstitution() {
        assertThatThrownBy(() -> UserAccount.staff(blora, Username.of("rs.blora"), "Ratna", Role.HOSPITAL, "hash"))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).key())
                .isEqualTo("user.institution.required");
    }

    @Test
    void hospitalRoleActsForHospitalsAndPuskesmasOnly() {
        assertThat(UserAccount.external(hospital, Username.of("rs.blora"), "Ratna", Role.HOSPITAL, "h").institution())
                .contains(hospital);
        assertThat(UserAccount.external(puskesmas, Username.of("pkm.blora"), "Wati", Role.HOSPITAL, "h").office())
                .isSameAs(blora);
        assertThatThrownBy(() -> UserAccount.external(school, Username.of("rs.dua"), "Ratna", Role.HOSPITAL, "h"))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).message(Locale.ENGLISH))
                        .isEqualTo("Role HOSPITAL cannot act for an institution of type SCHOOL."));
    }

    @Test
    void staffRoleCannotActForAnInstitution() {
        assertThatThrownBy(() -> UserAccount.external(hospital, Username.of("operator"), "Siti", Role.OPERATOR, "h"))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void fullNameIsRequired() {
        assertThatThrownBy(() -> UserAccount.staff(blora, Username.of("operator"), "  ", Role.OPERATOR, "h"))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void usernamesAreValidated() {
        assertThatThrownBy(() -> Username.of("a b")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> Username.of("ab")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> Username.of("x".repeat(61))).isInstanceOf(BusinessException.class);
        assertThat(Username.of("kabid.capil_2").value()).isEqualTo("kabid.capil_2");
    }

    @Test
    void roleNameConstantsMatchTheEnum() throws Exception {
        String[] constants = Arrays.stream(Role.Names.class.getFields()).map(f -> f.getName()).sorted()
                .toArray(String[]::new);
        String[] roles = Arrays.stream(Role.values()).map(Enum::name).sorted().toArray(String[]::new);
        assertThat(constants).containsExactly(roles);
        for (var f : Role.Names.class.getFields()) {
            assertThat(f.get(null)).isEqualTo(f.getName());
        }
    }

    @Test
    void externalRolesAreTheInstitutionRoles() {
        assertThat(Arrays.stream(Role.values()).filter(Role::isExternal))
                .containsExactlyInAnyOrder(Role.HOSPITAL, Role.COURIER, Role.SCHOOL, Role.VILLAGE);
    }
}
