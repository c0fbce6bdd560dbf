package id.lintas.domain.model.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.lintas.domain.model.calendar.OfficeHours;
import id.lintas.domain.model.calendar.WorkingCalendar;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.ChecklistItem;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.shared.BusinessException;
import id.lintas.infrastructure.sop.SopDefinitionReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What the service case tests share: the five shipped SOP definitions (read once; they are
 * immutable), the Indonesian working calendar, actors per role, a clock that starts on a working
 * Monday morning and moves only when a test moves it, and helpers to open a case and work its
 * current step. Each test makes its own instance, so no case or clock is shared between tests.
 */
final class CaseFixtures {
    static final long OFFICE = 1;
    static final long OTHER_OFFICE = 2;
    static final long INSTITUTION = 10;
    static final long OTHER_INSTITUTION = 11;

    /** Monday 23 November 2026, 08:00 WIB: a working day, at opening time. */
    static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 11, 23, 8, 0);

    static final List<String> CODES = List.of("SELINTAS", "DIK_JAMILA_MEWA", "LANDA_MEWA", "SMART_KIDS", "SI_JARAN_IJO");

    private static final Map<String, SopDefinition> DEFINITIONS = new SopDefinitionReader().readAll().stream()
            .collect(Collectors.toUnmodifiableMap(SopDefinition::code, Function.identity()));

    static final WorkingCalendar CALENDAR = WorkingCalendar.indonesia(OfficeHours.standard());

    private Instant now = at(MONDAY_MORNING);
    private int opened;

    // ------------------------------------------------------------------ definitions, time, actors

    static SopDefinition sop(String code) {
        SopDefinition definition = DEFINITIONS.get(code);
        assertThat(definition).as("SOP %s", code).isNotNull();
        return definition;
    }

    static List<SopDefinition> definitions() {
        return CODES.stream().map(CaseFixtures::sop).toList();
    }

    static StepDefinition step(String code, String key) {
        return sop(code).step(key).orElseThrow(() -> new AssertionError(code + " has no step " + key));
    }

    static Instant at(LocalDateTime wib) {
        return wib.atZone(OfficeHours.WIB).toInstant();
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return at(LocalDateTime.of(year, month, day, hour, minute));
    }

    Instant now() {
        return now;
    }

    void setNow(Instant instant) {
        now = instant;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** A user of the office (office 1); external roles act for institution 10. */
    static Actor actor(Role role) {
        return new Actor(role.name().toLowerCase(Locale.ROOT), role, OFFICE, role.isExternal() ? INSTITUTION : null);
    }

    static Actor actor(Role role, long officeId, Long institutionId) {
        return new Actor(role.name().toLowerCase(Locale.ROOT) + "@" + officeId, role, officeId, institutionId);
    }

    /** The whole checklist of a step, ticked. */
    static Set<String> tickAll(StepDefinition step) {
        return step.checklist().stream().map(ChecklistItem::key).collect(Collectors.toUnmodifiableSet());
    }

    // ------------------------------------------------------------------ cases

    static boolean isPerItem(SopDefinition sop) {
        return sop.steps().stream().anyMatch(StepDefinition::isPerItem);
    }

    /** Two students or targets for a per-item SOP, none otherwise. */
    static List<ServiceCase.NewItem> itemsFor(SopDefinition sop) {
        return isPerItem(sop)
                ? List.of(new ServiceCase.NewItem("Ayu Lestari", null), new ServiceCase.NewItem("Bima Saputra", null))
                : List.of();
    }

    /**
     * A SOP with a step no office role may perform (the hospital's, the school's) needs the case
     * to name its institution; an office opener names it in the opening.
     */
    static Long institutionFor(SopDefinition sop) {
        boolean needsInstitution = sop.steps().stream().anyMatch(step -> step.role().isExternal()
                && step.alternativeRoles().stream().allMatch(Role::isExternal));
        return needsInstitution ? INSTITUTION : null;
    }

    ServiceCase.Opening opening(SopDefinition sop, List<ServiceCase.NewItem> items) {
        opened++;
        return new ServiceCase.Opening(sop.code() + "/2026/" + opened, OFFICE, institutionFor(sop), "Siti Aminah",
                List.of(), items);
    }

    /** Opens a case by the first step's role, with two items when the SOP works per item. */
    ServiceCase open(String code) {
        SopDefinition sop = sop(code);
        return open(code, actor(sop.firstStep().role()));
    }

    ServiceCase open(String code, Actor opener) {
        SopDefinition sop = sop(code);
        return ServiceCase.open(sop, 100 + CODES.indexOf(code), CALENDAR, opener, opening(sop, itemsFor(sop)), now);
    }

    static StepDefinition current(ServiceCase c) {
        return c.currentStepDefinition().orElseThrow(() -> new AssertionError(c.caseNumber() + " has no current step"));
    }

    /** Completes the current step with its whole checklist, by its own role: every waiting item of a per-item step. */
    void completeCurrent(ServiceCase c) {
        completeCurrent(c, current(c).role());
    }

    void completeCurrent(ServiceCase c, Role role) {
        StepDefinition step = current(c);
        Actor actor = actor(role);
        if (step.isPerItem()) {
            for (StepExecution waiting : c.openExecutions()) {
                int item = waiting.item().orElseThrow().number();
                agreeWithSiak(c, step, actor, item);
                c.completeItem(actor, item, tickAll(step), arrived(step), now);
            }
        } else {
            agreeWithSiak(c, step, actor, null);
            c.complete(actor, tickAll(step), arrived(step), now);
        }
    }

    /** What a step awaits from outside (SIAK's numbers), here come. */
    static Set<id.lintas.domain.model.sop.Awaited> arrived(StepDefinition step) {
        return step.awaits().map(Set::of).orElse(Set.of());
    }

    /** A step that compares with SIAK needs SIAK's answer first: here, one that agrees. */
    void agreeWithSiak(ServiceCase c, StepDefinition step, Actor actor, Integer item) {
        if (step.siak().orElse(null) == id.lintas.domain.model.sop.SiakUse.COMPARE) {
            c.recordComparison(actor, item, comparison(true), now);
        }
    }

    static id.lintas.domain.model.siak.Comparison comparison(boolean agrees) {
        return new id.lintas.domain.model.siak.Comparison("3316094708900001", List.of(
                new id.lintas.domain.model.siak.FieldComparison("NAMA_LGKP", "SITI AMINAH", agrees ? "SITI AMINAH" : "SITI AMINA", agrees),
                new id.lintas.domain.model.siak.FieldComparison("TGL_LHR", "07-08-1990", "07-08-1990", true)));
    }

    /** Completes steps until {@code key} is the current step. */
    void walkTo(ServiceCase c, String key) {
        assertThat(c.definition().step(key)).as("%s has step %s", c.sopCode(), key).isPresent();
        int guard = 0;
        while (!c.currentStep().orElseThrow(() -> new AssertionError("finished before " + key)).equals(key)) {
            completeCurrent(c);
            assertThat(++guard).as("steps walked towards %s", key).isLessThanOrEqualTo(c.definition().steps().size());
        }
    }

    /** Completes every remaining step. */
    void walkToEnd(ServiceCase c) {
        int guard = 0;
        while (c.status() == CaseStatus.OPEN) {
            completeCurrent(c);
            assertThat(++guard).as("steps walked to the end").isLessThanOrEqualTo(c.definition().steps().size());
        }
    }

    static List<StepExecution> executionsOf(ServiceCase c, String key) {
        return c.executions().stream().filter(e -> e.stepKey().equals(key)).toList();
    }

    // ------------------------------------------------------------------ refusals

    /**
     * Asserts that {@code call} is refused with {@code key}, that the refusal reads as a sentence in
     * both languages, and that the case is left exactly as it was.
     */
    static BusinessException assertRefused(ServiceCase c, ThrowingCallable call, String key) {
        Snapshot before = Snapshot.of(c);
        BusinessException e = assertRefused(call, key);
        assertThat(Snapshot.of(c)).as("case after refused %s", key).isEqualTo(before);
        return e;
    }

    static BusinessException assertRefused(ThrowingCallable call, String key) {
        BusinessException e = catchThrowableOfType(BusinessException.class, call);
        assertThat(e).as("refusal %s", key).isNotNull();
        assertThat(e.key()).isEqualTo(key);
        for (Locale locale : new Locale[] {BusinessException.INDONESIAN, Locale.ENGLISH}) {
            assertThat(e.message(locale)).doesNotStartWith(key).doesNotContain("{").endsWith(".");
        }
        return e;
    }

    /** What a refused action must not change. */
    record Snapshot(CaseStatus status, String currentStep, List<String> executions, List<ItemStatus> items,
            int comments, Instant serviceDeadline) {
        static Snapshot of(ServiceCase c) {
            return new Snapshot(c.status(), c.currentStep().orElse(null),
                    c.executions().stream().map(e -> e.stepKey() + ":" + e.item().map(CaseItem::number).orElse(0) + ":"
                            + e.outcome().map(Enum::name).orElse("OPEN") + ":" + e.reason().orElse("")).toList(),
                    c.items().stream().map(CaseItem::status).toList(), c.comments().size(),
                    c.serviceDeadline().orElse(null));
        }
    }
}
