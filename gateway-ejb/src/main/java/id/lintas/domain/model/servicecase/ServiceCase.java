package id.lintas.domain.model.servicecase;

import id.lintas.domain.model.calendar.WorkingCalendar;
import id.lintas.domain.model.document.DocumentType;
import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.siak.Comparison;
import id.lintas.domain.model.sop.Awaited;
import id.lintas.domain.model.sop.ReturnBranch;
import id.lintas.domain.model.sop.SiakUse;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A case (<i>permohonan</i>): one application worked through one version of one SOP. It knows its
 * SOP, its current step, who may act on it and by when, and keeps the full history of step
 * executions. It moves only through its methods, each of which refuses what the SOP does not
 * allow: another role, another office, an incomplete checklist, a return without reason or to a
 * step the SOP does not name, anything on a finished case.
 *
 * <p>The SOP definition and the office's working calendar are attached when the case is created
 * or loaded ({@link #attach}); they are not stored in the case's row.
 */
@Entity
@Table(name = "service_case")
public class ServiceCase extends IdentifiedEntity {
    @Version
    private long version;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    /** The outside institution (hospital, school, village) the case came from, if any. */
    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "case_number", nullable = false, unique = true, length = 40)
    private String caseNumber;

    @Column(name = "sop_definition_id", nullable = false)
    private long sopDefinitionId;

    @Column(name = "sop_code", nullable = false, length = 40)
    private String sopCode;

    @Column(name = "sop_version", nullable = false)
    private int sopVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CaseStatus status;

    @Column(name = "current_step", length = 60)
    private String currentStep;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 60)
    private String openedBy;

    @Column(name = "service_clock_started_at")
    private Instant serviceClockStartedAt;

    @Column(name = "service_deadline")
    private Instant serviceDeadline;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    /** The family's KK number (a birth is entered into this KK), when the case concerns a family. */
    @Column(name = "family_kk", length = 16)
    private String familyKk;

    /** Where the applicant's cards (KIA, KTP-el) are delivered, as the operator read it from the application. */
    @Column(name = "delivery_address", length = 300)
    private String deliveryAddress;

    /** The phone the courier calls on delivery, when the application gave no WhatsApp number (an email one). */
    @Column(name = "delivery_phone", length = 20)
    private String deliveryPhone;

    /**
     * The documents the application asks for, for a SOP that serves any document (DIK JAMILA
     * ME-WA: "signsAppliedFor"), as their {@link DocumentType} names separated by commas; null for none.
     */
    @Column(name = "applied_documents", length = 200)
    private String appliedDocuments;

    /** How to reach the resident whose application (WhatsApp, email) opened the case; none for other cases. */
    @jakarta.persistence.Embedded
    private ApplicantContact applicant;

    @ElementCollection
    @CollectionTable(name = "case_person", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CasePerson> persons = new ArrayList<>();

    @OneToMany(mappedBy = "serviceCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CaseItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "serviceCase", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<StepExecution> executions = new ArrayList<>();

    @OneToMany(mappedBy = "serviceCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CaseAttachment> attachments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_comparison", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseComparison> comparisons = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_comment", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseComment> comments = new ArrayList<>();

    @Transient
    private SopDefinition definition;

    @Transient
    private WorkingCalendar calendar;

    protected ServiceCase() {
    }

    /** What the first step's performer enters to open a case. */
    public record Opening(String caseNumber, long officeId, Long institutionId, String subject, List<CasePerson> persons,
            List<NewItem> items, KkNumber familyKk, ApplicantContact applicant, List<DocumentType> appliedFor) {
        public Opening {
            appliedFor = appliedFor == null ? List.of() : List.copyOf(appliedFor);
            if (appliedFor.stream().distinct().count() != appliedFor.size()) {
                throw new BusinessException("case.documentAppliedTwice");
            }
        }

        public Opening(String caseNumber, long officeId, Long institutionId, String subject, List<CasePerson> persons,
                List<NewItem> items, KkNumber familyKk, ApplicantContact applicant) {
            this(caseNumber, officeId, institutionId, subject, persons, items, familyKk, applicant, List.of());
        }

        public Opening(String caseNumber, long officeId, Long institutionId, String subject, List<CasePerson> persons,
                List<NewItem> items, KkNumber familyKk) {
            this(caseNumber, officeId, institutionId, subject, persons, items, familyKk, null);
        }

        public Opening(String caseNumber, long officeId, Long institutionId, String subject, List<CasePerson> persons,
                List<NewItem> items) {
            this(caseNumber, officeId, institutionId, subject, persons, items, null, null);
        }
    }

    /** An item of a per-item SOP: a student, a target resident. */
    public record NewItem(String label, Nik nik) {
    }

    /**
     * Opens a case on its first step, performed by the opener's role. A SOP that works per item
     * needs at least one item. An outside institution's user opens cases only for that institution.
     */
    public static ServiceCase open(SopDefinition sop, long sopDefinitionId, WorkingCalendar calendar, Actor opener,
            Opening opening, Instant now) {
        StepDefinition first = sop.firstStep();
        if (!first.isPerformableBy(opener.role())) {
            throw new BusinessException("case.open.wrongRole", sop.title().id(), opener.role().name(), first.role().name());
        }
        if (opener.officeId() != opening.officeId()) {
            throw new BusinessException("case.otherOffice");
        }
        if (opener.role().isExternal() && opening.institutionId() != null
                && !opening.institutionId().equals(opener.institutionId())) {
            throw new BusinessException("case.otherInstitution");
        }
        if (opening.subject() == null || opening.subject().isBlank()) {
            throw new BusinessException("case.subjectRequired");
        }
        Long institution = opening.institutionId() != null ? opening.institutionId() : opener.institutionId();
        if (institution == null) {
            // a step only a hospital, school or village may perform needs to know which one
            sop.steps().stream().filter(s -> onlyInstitutionRoles(s)).findFirst().ifPresent(s -> {
                throw new BusinessException("case.institutionRequired", s.activity().id());
            });
        }
        boolean perItem = sop.steps().stream().anyMatch(StepDefinition::isPerItem);
        if (perItem && (opening.items() == null || opening.items().isEmpty())) {
            throw new BusinessException("case.itemsRequired", sop.title().id());
        }
        ServiceCase c = new ServiceCase();
        c.caseNumber = Objects.requireNonNull(opening.caseNumber());
        c.officeId = opening.officeId();
        c.institutionId = opening.institutionId() != null ? opening.institutionId() : opener.institutionId();
        c.sopDefinitionId = sopDefinitionId;
        c.sopCode = sop.code();
        c.sopVersion = sop.version();
        c.subject = opening.subject().strip();
        c.familyKk = opening.familyKk() == null ? null : opening.familyKk().value();
        c.status = CaseStatus.OPEN;
        c.openedAt = now;
        c.openedBy = opener.username();
        if (opening.persons() != null) {
            c.persons.addAll(opening.persons());
        }
        c.applicant = opening.applicant();
        c.appliedDocuments = opening.appliedFor().isEmpty() ? null
                : opening.appliedFor().stream().map(Enum::name).collect(Collectors.joining(","));
        if (perItem) {
            var kind = sop.steps().stream().filter(StepDefinition::isPerItem).findFirst().orElseThrow().itemKind().orElseThrow();
            opening.items().forEach(i -> c.items.add(new CaseItem(c, c.items.size() + 1, kind, i.label(), i.nik())));
        }
        c.attach(sop, calendar);
        if (sop.serviceClockStep().isEmpty()) {
            c.startServiceClock(now);
        }
        c.start(first, now);
        return c;
    }

    private static boolean onlyInstitutionRoles(StepDefinition step) {
        return step.role().isBoundToCaseInstitution()
                && step.alternativeRoles().stream().allMatch(r -> r.isBoundToCaseInstitution());
    }

    /** Gives a loaded case its SOP version and its office's calendar. */
    public void attach(SopDefinition sop, WorkingCalendar workingCalendar) {
        if (!sop.code().equals(sopCode) || sop.version() != sopVersion) {
            throw new IllegalArgumentException("case " + caseNumber + " runs " + sopCode + " v" + sopVersion + ", not "
                    + sop.code() + " v" + sop.version());
        }
        this.definition = sop;
        this.calendar = Objects.requireNonNull(workingCalendar);
    }

    // ---------------------------------------------------------------- actions

    /** Completes the current step (not a per-item one) with its checklist ticked; nothing from outside has come. */
    public void complete(Actor actor, Set<String> ticked, Instant now) {
        complete(actor, ticked, Set.of(), now);
    }

    /**
     * Completes the current step (not a per-item one) with its checklist ticked. {@code arrived}
     * is what has come from outside the case (e.g. SIAK's numbers): a step that {@link
     * StepDefinition#awaits awaits} something is refused until it is there. A step that {@link
     * StepDefinition#approves approves} is recorded as the performer's approval.
     */
    public void complete(Actor actor, Set<String> ticked, Set<Awaited> arrived, Instant now) {
        StepDefinition step = requireActionable(actor);
        if (step.isPerItem()) {
            throw new BusinessException("step.perItem", step.activity().id());
        }
        requireChecklist(step, ticked);
        requireSiakAgrees(step, null);
        requireArrived(step, arrived);
        StepOutcome outcome = step.approves() ? StepOutcome.APPROVED : StepOutcome.COMPLETED;
        openExecutions().forEach(e -> e.finish(actor, outcome, null, ticked, now));
        advance(step, now);
    }

    /** Completes the current per-item step for one item; nothing from outside has come. */
    public void completeItem(Actor actor, int itemNo, Set<String> ticked, Instant now) {
        completeItem(actor, itemNo, ticked, Set.of(), now);
    }

    /**
     * Completes the current per-item step for one item, {@code arrived} as for {@link #complete};
     * the step is done when every active item is.
     */
    public void completeItem(Actor actor, int itemNo, Set<String> ticked, Set<Awaited> arrived, Instant now) {
        StepDefinition step = requireActionable(actor);
        StepExecution execution = openExecutionOf(step, itemNo);
        requireChecklist(step, ticked);
        requireSiakAgrees(step, itemNo);
        requireArrived(step, arrived);
        execution.finish(actor, StepOutcome.COMPLETED, null, ticked, now);
        if (openExecutions().isEmpty()) {
            advance(step, now);
        }
    }

    /**
     * Sends the case back to an earlier step the SOP names for this step, with a reason. Items set
     * aside earlier come back with the file.
     */
    public void returnTo(Actor actor, String targetKey, String reason, Instant now) {
        StepDefinition step = requireActionable(actor);
        StepDefinition target = requireReturn(step, targetKey, reason);
        openExecutions().forEach(e -> e.finish(actor, StepOutcome.RETURNED, reason.strip(), Set.of(), now));
        items.forEach(CaseItem::reactivate); // the whole file goes back, items set aside earlier with it
        start(target, now);
    }

    /**
     * Sets one item of a per-item step aside and sends it back (the SOP's return branch), with a
     * reason. When no active item is left the whole case goes back, with its items.
     */
    public void returnItem(Actor actor, int itemNo, String targetKey, String reason, Instant now) {
        StepDefinition step = requireActionable(actor);
        StepExecution execution = openExecutionOf(step, itemNo);
        StepDefinition target = requireReturn(step, targetKey, reason);
        execution.finish(actor, StepOutcome.RETURNED, reason.strip(), Set.of(), now);
        execution.item().orElseThrow().setAside(reason.strip());
        if (!openExecutions().isEmpty()) {
            return;
        }
        if (items.stream().anyMatch(CaseItem::isActive)) {
            advance(step, now);
        } else {
            items.forEach(CaseItem::reactivate);
            start(target, now);
        }
    }

    /**
     * Records, on a step that compares with SIAK, what SIAK answered (for one item of a per-item
     * step). Such a step completes only after a comparison at its current visit; when the SOP
     * sends a mismatch back (a return branch), only after one that agrees on every field. (SMART
     * KIDS instead goes on to its "update SIAK data" step.)
     */
    public void recordComparison(Actor actor, Integer itemNo, Comparison comparison, Instant now) {
        StepDefinition step = requireActionable(actor);
        if (step.siak().orElse(null) != SiakUse.COMPARE) {
            throw new BusinessException("step.notSiakCompare", step.activity().id());
        }
        if (step.isPerItem()) {
            openExecutionOf(step, itemNo == null ? -1 : itemNo);
        }
        Integer item = step.isPerItem() ? itemNo : null;
        comparisons.add(new CaseComparison(step.key(), item, visit(step.key(), item), comparison, actor, now));
    }

    /** The latest comparison made at the current visit of a step (for an item), if any. */
    public Optional<CaseComparison> latestComparison(String stepKey, Integer itemNo) {
        boolean open = executions.stream().anyMatch(e -> e.stepKey().equals(stepKey) && e.isOpen()
                && (itemNo == null || e.item().map(i -> i.number() == itemNo).orElse(false)));
        if (!open) {
            return Optional.empty();
        }
        int visit = visit(stepKey, itemNo);
        CaseComparison latest = null;
        for (CaseComparison c : comparisons) {
            if (c.stepKey().equals(stepKey) && Objects.equals(c.itemNo(), itemNo) && c.visit() == visit) {
                latest = c;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** How many times the step (for the item) has been started: its current visit. */
    private int visit(String stepKey, Integer itemNo) {
        return (int) executions.stream().filter(e -> e.stepKey().equals(stepKey)
                && (itemNo == null || e.item().map(i -> i.number() == itemNo).orElse(false))).count();
    }

    private void requireSiakAgrees(StepDefinition step, Integer itemNo) {
        if (step.siak().orElse(null) != SiakUse.COMPARE) {
            return;
        }
        CaseComparison latest = latestComparison(step.key(), step.isPerItem() ? itemNo : null)
                .orElseThrow(() -> new BusinessException("step.siakComparisonRequired", step.activity().id()));
        if (!latest.allMatch() && !step.returns().isEmpty()) {
            throw new BusinessException("step.siakMismatch", latest.fields().stream().filter(f -> !f.matches())
                    .map(f -> f.field()).collect(Collectors.joining(", ")));
        }
    }

    /** What the step waits for from outside the case must have come (refused in both languages otherwise). */
    private static void requireArrived(StepDefinition step, Set<Awaited> arrived) {
        step.awaits().filter(awaited -> arrived == null || !arrived.contains(awaited)).ifPresent(awaited -> {
            throw new BusinessException("step.awaits." + awaited.name(), step.activity().id());
        });
    }

    /** Skips a conditional step whose condition does not hold (e.g. photos already on file), with a reason. */
    public void skip(Actor actor, String reason, Instant now) {
        StepDefinition step = requireActionable(actor);
        if (!step.isConditional()) {
            throw new BusinessException("step.notConditional", step.activity().id());
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("step.skipReasonRequired");
        }
        openExecutions().forEach(e -> e.finish(actor, StepOutcome.SKIPPED, reason.strip(), Set.of(), now));
        advance(step, now);
    }

    /**
     * Records the particulars the office read from the applicant's documents (the persons
     * concerned, the family's KK, the address the cards are delivered to), replacing those on the case: for a case opened from a resident's
     * application, which brings scans and no typed data. Only the performer of the current step,
     * and only before the case's data has gone to SIAK (an earlier step that enters it into SIAK
     * is done: what SIAK has is changed there, not here).
     */
    public void recordParticulars(Actor actor, String newSubject, List<CasePerson> newPersons, KkNumber newFamilyKk,
            String newDeliveryAddress, String newDeliveryPhone, Instant now) {
        StepDefinition step = requireActionable(actor);
        if (enteredInSiakBefore(step)) {
            throw new BusinessException("case.particulars.inSiak", caseNumber);
        }
        if (newSubject == null || newSubject.isBlank()) {
            throw new BusinessException("case.subjectRequired");
        }
        subject = newSubject.strip();
        persons.clear();
        persons.addAll(newPersons);
        familyKk = newFamilyKk == null ? null : newFamilyKk.value();
        String phone = newDeliveryPhone == null ? "" : newDeliveryPhone.replaceAll("[\\s().-]", "");
        if (!phone.isEmpty() && !phone.matches("\\+?[0-9]{8,15}")) {
            throw new BusinessException("case.particulars.phone", newDeliveryPhone.strip());
        }
        deliveryAddress = newDeliveryAddress == null || newDeliveryAddress.isBlank() ? null
                : newDeliveryAddress.strip().substring(0, Math.min(newDeliveryAddress.strip().length(), 300));
        deliveryPhone = phone.isEmpty() ? null : phone;
    }

    /** The phone the courier calls on delivery, as recorded with the particulars. */
    public Optional<String> deliveryPhone() {
        return Optional.ofNullable(deliveryPhone);
    }

    /** Whether {@link #recordParticulars} would take the actor's particulars now. */
    public boolean acceptsParticularsFrom(Actor actor) {
        return definition != null && status == CaseStatus.OPEN && actor.officeId() == officeId
                && currentStepDefinition().filter(s -> s.isPerformableBy(actor.role()) && !actor.role().isExternal()
                        && !enteredInSiakBefore(s)).isPresent();
    }

    /** Whether a step before {@code step} that enters the case's data into SIAK is done. */
    private boolean enteredInSiakBefore(StepDefinition step) {
        return definition.steps().stream()
                .filter(s -> s.siak().orElse(null) == SiakUse.SUBMIT && s.number() < step.number()).findFirst()
                .map(s -> executions.stream().anyMatch(e -> e.stepKey().equals(s.key()) && !e.isOpen()))
                .orElse(false);
    }

    /** A remark on the current step (or on the case once finished), by anyone of the office. */
    public void comment(Actor actor, String text, Instant now) {
        requireSameOffice(actor);
        if (text == null || text.isBlank()) {
            throw new BusinessException("case.commentEmpty");
        }
        comments.add(new CaseComment(currentStep, actor, now, text.strip()));
    }

    /**
     * Attaches a file (PDF, JPEG or PNG, checked by content) while the case is open: anyone of the
     * office, and a hospital, school or village on its own cases.
     */
    public CaseAttachment attachFile(Actor actor, String label, String fileName, byte[] bytes, Instant now) {
        requireSameOffice(actor);
        if (actor.role().isBoundToCaseInstitution() && !Objects.equals(actor.institutionId(), institutionId)) {
            throw new BusinessException("case.otherInstitution");
        }
        if (status != CaseStatus.OPEN) {
            throw new BusinessException("case.finished", caseNumber);
        }
        CaseAttachment attachment = new CaseAttachment(this, label, fileName, bytes, currentStep, actor, now);
        attachments.add(attachment);
        return attachment;
    }

    // ---------------------------------------------------------------- rules

    private StepDefinition requireActionable(Actor actor) {
        requireAttached();
        requireSameOffice(actor);
        if (status != CaseStatus.OPEN) {
            throw new BusinessException("case.finished", caseNumber);
        }
        StepDefinition step = currentStepDefinition().orElseThrow();
        if (!step.isPerformableBy(actor.role())) {
            throw new BusinessException("step.wrongRole", step.activity().id(), step.role().name(), actor.role().name());
        }
        if (actor.role().isBoundToCaseInstitution() && !Objects.equals(actor.institutionId(), institutionId)) {
            throw new BusinessException("case.otherInstitution");
        }
        return step;
    }

    private void requireSameOffice(Actor actor) {
        if (actor.officeId() != officeId) {
            throw new BusinessException("case.otherOffice");
        }
    }

    private static void requireChecklist(StepDefinition step, Set<String> ticked) {
        Set<String> given = ticked == null ? Set.of() : ticked;
        List<String> missing = step.checklist().stream().filter(i -> !given.contains(i.key())).map(i -> i.text().id())
                .toList();
        if (!missing.isEmpty()) {
            throw new BusinessException("step.checklistIncomplete", String.join("; ", missing));
        }
        Set<String> known = step.checklist().stream().map(i -> i.key()).collect(Collectors.toSet());
        List<String> unknown = given.stream().filter(k -> !known.contains(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new BusinessException("step.checklistUnknown", String.join(", ", unknown));
        }
    }

    private StepDefinition requireReturn(StepDefinition step, String targetKey, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("step.returnReasonRequired");
        }
        Optional<ReturnBranch> branch = step.returns().stream()
                .filter(b -> targetKey == null ? step.returns().size() == 1 : b.to().equals(targetKey)).findFirst();
        if (branch.isEmpty()) {
            throw new BusinessException("step.returnNotAllowed", step.activity().id(), targetKey == null ? "-" : targetKey);
        }
        return definition.step(branch.get().to()).orElseThrow();
    }

    private StepExecution openExecutionOf(StepDefinition step, int itemNo) {
        if (!step.isPerItem()) {
            throw new BusinessException("step.notPerItem", step.activity().id());
        }
        return openExecutions().stream().filter(e -> e.item().map(i -> i.number() == itemNo).orElse(false))
                .findFirst().orElseThrow(() -> new BusinessException("case.itemNotWaiting", itemNo));
    }

    private void requireAttached() {
        if (definition == null) {
            throw new IllegalStateException("case " + caseNumber + " has no SOP attached");
        }
    }

    // ---------------------------------------------------------------- movement

    private void advance(StepDefinition done, Instant now) {
        if (done.startsServiceClock() && serviceClockStartedAt == null) {
            startServiceClock(now);
        }
        Optional<StepDefinition> next = definition.next(done);
        if (next.isEmpty()) {
            status = CaseStatus.COMPLETED;
            currentStep = null;
            closedAt = now;
            return;
        }
        start(next.get(), now);
    }

    private void start(StepDefinition step, Instant now) {
        currentStep = step.key();
        if (step.isPerItem()) {
            List<CaseItem> active = items.stream().filter(CaseItem::isActive).toList();
            Instant due = DueTimes.due(step.standard(), now, calendar, active.size());
            active.forEach(item -> executions.add(new StepExecution(this, step, item, now, due)));
        } else {
            executions.add(new StepExecution(this, step, null, now, DueTimes.due(step.standard(), now, calendar, 1)));
        }
    }

    private void startServiceClock(Instant now) {
        serviceClockStartedAt = now;
        serviceDeadline = DueTimes.serviceDue(definition.serviceStandard().time(), now, calendar);
    }

    // ---------------------------------------------------------------- reading

    public Optional<StepDefinition> currentStepDefinition() {
        return currentStep == null ? Optional.empty() : definition.step(currentStep);
    }

    public List<StepExecution> openExecutions() {
        return executions.stream().filter(StepExecution::isOpen).toList();
    }

    /** Whether the whole service is past its deadline (still open after it, or closed after it). */
    public boolean isOverdue(Instant now) {
        if (serviceDeadline == null) {
            return false;
        }
        return closedAt == null ? now.isAfter(serviceDeadline) : closedAt.isAfter(serviceDeadline);
    }

    public long officeId() {
        return officeId;
    }

    public Optional<Long> institutionId() {
        return Optional.ofNullable(institutionId);
    }

    public String caseNumber() {
        return caseNumber;
    }

    public long sopDefinitionId() {
        return sopDefinitionId;
    }

    public String sopCode() {
        return sopCode;
    }

    public int sopVersion() {
        return sopVersion;
    }

    public SopDefinition definition() {
        requireAttached();
        return definition;
    }

    public WorkingCalendar calendar() {
        requireAttached();
        return calendar;
    }

    public CaseStatus status() {
        return status;
    }

    public Optional<String> currentStep() {
        return Optional.ofNullable(currentStep);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Optional<Instant> serviceClockStartedAt() {
        return Optional.ofNullable(serviceClockStartedAt);
    }

    public Optional<Instant> serviceDeadline() {
        return Optional.ofNullable(serviceDeadline);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public String subject() {
        return subject;
    }

    /** Where the applicant's cards are delivered, once recorded. */
    public Optional<String> deliveryAddress() {
        return Optional.ofNullable(deliveryAddress);
    }

    /** The documents the application asks for, in its order; empty when it named none. */
    public List<DocumentType> appliedFor() {
        if (appliedDocuments == null || appliedDocuments.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(appliedDocuments.split(",")).map(DocumentType::valueOf).toList();
    }

    /**
     * What the kadis signs for this case at {@code step}: the documents the step names, or, at a
     * step that signs what was applied for, the ones this case's application asks for.
     */
    public List<DocumentType> documentsSignedAt(StepDefinition step) {
        if (!step.signs().isEmpty()) {
            return step.signs();
        }
        return step.signsAppliedFor() ? appliedFor() : List.of();
    }

    /** How to reach the resident whose application opened the case, if one did. */
    public Optional<ApplicantContact> applicant() {
        return applicant != null && applicant.isPresent() ? Optional.of(applicant) : Optional.empty();
    }

    public Optional<KkNumber> familyKk() {
        return Optional.ofNullable(familyKk).map(KkNumber::new);
    }

    public List<CasePerson> persons() {
        return Collections.unmodifiableList(persons);
    }

    public List<CaseItem> items() {
        return Collections.unmodifiableList(items);
    }

    public List<StepExecution> executions() {
        return Collections.unmodifiableList(executions);
    }

    public List<CaseAttachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    public List<CaseComparison> comparisons() {
        return Collections.unmodifiableList(comparisons);
    }

    public List<CaseComment> comments() {
        return Collections.unmodifiableList(comments);
    }
}
