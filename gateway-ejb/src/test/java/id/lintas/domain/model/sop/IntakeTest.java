package id.lintas.domain.model.sop;

import static id.lintas.domain.model.sop.SopFixtures.sop;
import static id.lintas.domain.model.sop.SopFixtures.step;
import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.shared.BusinessException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IntakeTest {
    private final SopDefinition onTheNewCasePage = sop(step("check", 1, Role.OPERATOR).build()).build();
    private final SopDefinition fromBirthReports = sop(step("receive", 1, Role.HOSPITAL).build())
            .intake(Intake.BIRTH_REPORT).build();

    @Test
    void aSopIsOpenedOnTheNewCasePageUnlessItSaysOtherwise() {
        assertThat(onTheNewCasePage.intake()).isEqualTo(Intake.NEW_CASE);
        Intake.NEW_CASE.requireFor(onTheNewCasePage);
        Intake.BIRTH_REPORT.requireFor(fromBirthReports);
    }

    @Test
    void aSopOpenedByBirthReportsIsRefusedOnTheNewCasePageAndTheOtherWayRound() {
        BusinessException refused = assertRefused(() -> Intake.NEW_CASE.requireFor(fromBirthReports),
                "case.open.intake.BIRTH_REPORT");
        assertThat(refused.message(BusinessException.INDONESIAN))
                .startsWith("Layanan TEST_SOP dibuka dari laporan kelahiran rumah sakit/puskesmas");
        assertThat(refused.message(Locale.ENGLISH)).startsWith("The TEST_SOP service is opened from a hospital's or puskesmas's birth report");
        assertRefused(() -> Intake.BIRTH_REPORT.requireFor(onTheNewCasePage), "case.open.intake.NEW_CASE");
    }
}
