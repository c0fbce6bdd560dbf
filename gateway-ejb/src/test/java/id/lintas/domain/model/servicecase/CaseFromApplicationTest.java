package id.lintas.domain.model.servicecase;

import static id.lintas.domain.model.servicecase.CaseFixtures.actor;
import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.model.sop.StepDefinition;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A LANDA MEWA case opened from a resident's WhatsApp application: it keeps how to reach the
 * applicant, begins past the applicant's own steps, and takes the particulars the operator reads
 * from the scans until its data has gone to SIAK; the 24 hours run from the complete file.
 */
class CaseFromApplicationTest {
    private final CaseFixtures fx = new CaseFixtures();
    private final Actor channel = new Actor("pemohon-whatsapp", Role.OPERATOR, 1, null);
    private final Actor operator = actor(Role.OPERATOR);

    private ServiceCase applied() {
        SopDefinition sop = CaseFixtures.sop("LANDA_MEWA");
        ServiceCase c = ServiceCase.open(sop, 7, CaseFixtures.CALENDAR, channel, new ServiceCase.Opening("3316-LANDA_MEWA-2026-000001",
                1, null, "Pencatatan kelahiran (WA-7K3M9QPX)", List.of(), List.of(), null,
                new ApplicantContact(ApplicationChannel.WHATSAPP, "6281234567890", Locale.forLanguageTag("id"), "WA-7K3M9QPX")),
                fx.now());
        for (StepDefinition step : sop.applicantSteps()) {
            c.complete(channel, CaseFixtures.tickAll(step), fx.now());
        }
        return c;
    }

    @Test
    void keepsTheApplicantsContactAndBeginsAtTheOfficesFirstStep() {
        ServiceCase c = applied();
        assertThat(c.applicant()).hasValueSatisfying(a -> {
            assertThat(a.channel()).isEqualTo(ApplicationChannel.WHATSAPP);
            assertThat(a.address()).isEqualTo("6281234567890");
            assertThat(a.reference()).isEqualTo("WA-7K3M9QPX");
        });
        assertThat(c.currentStep()).contains("download_and_print");
        assertThat(c.serviceDeadline()).as("the clock waits for a complete file").isEmpty();
        assertThat(fx.open("LANDA_MEWA").applicant()).as("a case opened at the desk").isEmpty();
    }

    @Test
    void takesTheParticularsFromTheStepsPerformerUntilTheDataIsInSiak() {
        ServiceCase c = applied();
        List<CasePerson> birth = List.of(
                new CasePerson(PersonRelation.CHILD, null, "Bayi Ny. Siti", Sex.FEMALE, LocalDate.of(2026, 11, 30), "Blora"),
                new CasePerson(PersonRelation.MOTHER, Nik.of("3316014708900002"), "SITI AMINAH", Sex.FEMALE, null, null));
        assertThat(c.acceptsParticularsFrom(operator)).isTrue();
        assertThat(c.acceptsParticularsFrom(actor(Role.KASI))).isFalse();
        assertRefused(() -> c.recordParticulars(actor(Role.KASI), "x", birth, null, null, null, fx.now()), "step.wrongRole");
        assertRefused(() -> c.recordParticulars(operator, " ", birth, null, null, null, fx.now()), "case.subjectRequired");

        assertRefused(() -> c.recordParticulars(operator, "x", birth, null, "Jl. Pemuda 7", "0812-ABC", fx.now()),
                "case.particulars.phone");
        c.recordParticulars(operator, "Bayi Ny. Siti Aminah", birth, new KkNumber("3316010101080001"), "Jl. Pemuda 7, Kunden, Blora",
                "0812 3456 7890", fx.now());
        assertThat(c.subject()).isEqualTo("Bayi Ny. Siti Aminah");
        assertThat(c.persons()).extracting(CasePerson::relation).containsExactly(PersonRelation.CHILD, PersonRelation.MOTHER);
        assertThat(c.familyKk()).contains(new KkNumber("3316010101080001"));
        assertThat(c.deliveryAddress()).contains("Jl. Pemuda 7, Kunden, Blora");
        assertThat(c.deliveryPhone()).contains("081234567890");

        fx.completeCurrent(c); // download_and_print
        fx.completeCurrent(c); // check_requirements: the file is complete
        assertThat(c.serviceDeadline()).contains(c.serviceClockStartedAt().orElseThrow().plus(Duration.ofHours(24)));
        assertThat(c.acceptsParticularsFrom(operator)).as("still before the SIAK entry").isTrue();
        fx.completeCurrent(c); // enter_in_siak
        assertThat(c.currentStep()).contains("print_drafts");
        assertThat(c.acceptsParticularsFrom(operator)).isFalse();
        assertRefused(() -> c.recordParticulars(operator, "x", birth, null, null, null, fx.now()), "case.particulars.inSiak");
    }
}
