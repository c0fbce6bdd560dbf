package id.lintas.application.servicecase;

import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.office.Office;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.servicecase.ApplicantContact;
import id.lintas.domain.model.servicecase.CaseNumbers;
import id.lintas.domain.model.servicecase.CasePerson;
import id.lintas.domain.model.servicecase.PersonRelation;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.model.sop.Intake;
import id.lintas.domain.model.sop.SopCatalog;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.model.sop.SiakUse;
import id.lintas.domain.model.siak.Comparison;
import id.lintas.domain.model.siak.SiakSubmission;
import id.lintas.domain.service.PopulationRegistry;
import id.lintas.application.siak.SiakPayloads;
import id.lintas.application.siak.SiakOutbox;
import java.util.Map;
import id.lintas.domain.shared.BusinessException;
import id.lintas.infrastructure.calendar.OfficeCalendars;
import id.lintas.domain.model.courier.CourierCompany;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The steps staff and partners perform on cases: open, complete, return, skip, comment. Each
 * call loads the case, lets it decide, stores it and appends the audit entry in the same
 * transaction; a refusal ({@link BusinessException}) rolls everything back.
 */
@Stateless
@RolesAllowed({Role.Names.OPERATOR, Role.Names.KASI, Role.Names.KABID_DAFDUK, Role.Names.KABID_CAPIL, Role.Names.KADIS,
    Role.Names.HOSPITAL, Role.Names.COURIER, Role.Names.SCHOOL, Role.Names.VILLAGE})
public class CaseService {
    @Inject
    ServiceCaseRepository cases;

    @Inject
    SopCatalog catalog;

    @Inject
    OfficeRepository offices;

    @Inject
    OfficeCalendars calendars;

    @Inject
    AuditLog audit;

    @Inject
    ActorLookup actors;

    @Inject
    PopulationRegistry registry;

    @Inject
    SiakOutbox outbox;

    @Inject
    AwaitedArrivals arrivals;

    @Resource
    SessionContext context;

    /** Observed in this transaction: courier bookings, notifications. */
    @Inject
    jakarta.enterprise.event.Event<CaseMoved> moved;

    Clock clock = Clock.systemUTC();

    /**
     * The SOPs whose first step the caller's role performs and whose cases are opened on the
     * new-case page (not SELINTAS, which a birth report opens).
     */
    public List<OpenableSop> openable() {
        Role role = actors.of(context).role();
        return catalog.currentAll().stream().filter(e -> e.definition().firstStep().isPerformableBy(role))
                .filter(e -> e.definition().intake() == Intake.NEW_CASE)
                .map(e -> new OpenableSop(e.definition().code(), e.definition().version(), e.definition().title(),
                        e.definition().steps().stream().anyMatch(StepDefinition::isPerItem), appliable(e.definition())))
                .sorted(java.util.Comparator.comparing(OpenableSop::code)).toList();
    }

    /**
     * Opens a case from the new-case page, as the caller. A SOP opened through another channel
     * ({@link Intake}, e.g. SELINTAS from a birth report) is refused.
     */
    public CaseRef open(OpenCaseRequest request) {
        return openAs(actors.of(context), Intake.NEW_CASE, request);
    }

    private String number(Office office, String sopCode, Instant now) {
        return CaseNumbers.of(CaseNumbers.prefix(office.code(), sopCode, now, office.timeZone()), cases.nextSerial());
    }

    /**
     * Opens a case as {@code actor} through {@code intake}: for the application's own background
     * work, which vouches for whose work it is and how the case came (a hospital's accepted report,
     * opened by the worker as the hospital's account through {@link Intake#BIRTH_REPORT}). The SOP
     * must be opened through that channel. Not for callers who could name someone else or another
     * channel: the web tier uses {@link #open}.
     */
    @PermitAll
    public CaseRef openAs(Actor actor, Intake intake, OpenCaseRequest request) {
        return openAs(actor, intake, request, null);
    }

    /**
     * Opens a case as {@link #openAs(Actor, Intake, OpenCaseRequest)} does, for a resident's
     * application that came by WhatsApp or email: the case keeps how to reach the applicant.
     */
    @PermitAll
    public CaseRef openAs(Actor actor, Intake intake, OpenCaseRequest request, ApplicantContact applicant) {
        SopCatalog.Entry sop = catalog.current(request.sopCode());
        intake.requireFor(sop.definition());
        List<id.lintas.domain.model.document.DocumentType> appliedFor = documentTypes(request.documents());
        if (!appliedFor.isEmpty() && sop.definition().steps().stream().noneMatch(StepDefinition::signsAppliedFor)) {
            throw new BusinessException("case.documentsNotSigned", sop.definition().title().id());
        }
        Office office = offices.find(actor.officeId()).orElseThrow();
        Instant now = clock.instant();
        String number = request.caseNumber() != null ? request.caseNumber() : number(office, sop.definition().code(), now);
        List<CasePerson> persons = persons(request.persons());
        List<ServiceCase.NewItem> items = request.items() == null ? List.of() : request.items().stream()
                .map(i -> new ServiceCase.NewItem(i.label(), nik(i.nik()))).toList();
        ServiceCase opened = ServiceCase.open(sop.definition(), sop.id(), calendars.in(office.timeZone()), actor,
                new ServiceCase.Opening(number, actor.officeId(), institution(actor, office, request.institutionId()),
                        request.subject(), persons, items,
                        request.familyKk() == null || request.familyKk().isBlank() ? null : KkNumber.of(request.familyKk()),
                        applicant, appliedFor),
                now);
        cases.store(opened);
        record(actor, AuditAction.CASE_OPENED, number, sop.definition().code() + " v" + sop.definition().version());
        moved.fire(moved(opened, AuditAction.CASE_OPENED, null, actor));
        return new CaseRef(idOf(opened), number);
    }

    /**
     * The documents a case of {@code sop} may apply for: none unless a step signs what was applied
     * for; then the ones its services issue (whatsapp/services.json, the same for every channel).
     */
    private static List<OpenableSop.DocumentOption> appliable(id.lintas.domain.model.sop.SopDefinition sop) {
        if (sop.steps().stream().noneMatch(StepDefinition::signsAppliedFor)) {
            return List.of();
        }
        return id.lintas.infrastructure.whatsapp.ServiceCatalogReader.shipped().services().stream()
                .filter(s -> s.sop().equals(sop.code())).flatMap(s -> s.issues().stream()).distinct()
                .map(t -> new OpenableSop.DocumentOption(t.name(),
                        id.lintas.domain.model.sop.LocalizedText.of(t.indonesianName(), t.englishName()))).toList();
    }

    /** The documents a request applies for, refused when one is not a document Lintas knows. */
    private static List<id.lintas.domain.model.document.DocumentType> documentTypes(List<String> names) {
        if (names == null) {
            return List.of();
        }
        return names.stream().map(name -> java.util.Arrays.stream(id.lintas.domain.model.document.DocumentType.values())
                .filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new BusinessException("case.unknownDocument", String.valueOf(name)))).toList();
    }

    /** The office's partner institutions a member of staff may open a case for. */
    public List<InstitutionOption> institutions() {
        Actor actor = actors.of(context);
        Office office = offices.find(actor.officeId()).orElseThrow();
        return offices.institutions(office).stream()
                .map(i -> new InstitutionOption(i.id(), i.type().name(), i.name())).toList();
    }

    /** A partner's cases are their own institution's; staff name one of their office's institutions, or none. */
    private Long institution(Actor actor, Office office, Long chosen) {
        if (actor.institutionId() != null || chosen == null) {
            return actor.institutionId();
        }
        return offices.institutions(office).stream().filter(i -> i.id().equals(chosen)).findFirst()
                .map(i -> i.id()).orElseThrow(() -> new BusinessException("case.otherInstitution"));
    }

    public void complete(long caseId, Set<String> checklist) {
        completeAs(actors.of(context), caseId, checklist);
    }

    /** Completes the current step as {@code actor}: for background work only, see {@link #openAs}. */
    @PermitAll
    public void completeAs(Actor who, long caseId, Set<String> checklist) {
        act(who, caseId, AuditAction.STEP_COMPLETED, null, (c, actor) -> {
            StepDefinition step = c.currentStepDefinition().orElse(null);
            c.complete(actor, checklist, arrivals.arrived(c), clock.instant());
            submitIfSiakStep(c, step, null);
        });
    }

    public void completeItem(long caseId, int itemNo, Set<String> checklist) {
        act(caseId, AuditAction.STEP_COMPLETED, "item " + itemNo, (c, actor) -> {
            StepDefinition step = c.currentStepDefinition().orElse(null);
            c.completeItem(actor, itemNo, checklist, arrivals.arrived(c), clock.instant());
            submitIfSiakStep(c, step, itemNo);
        });
    }

    /**
     * Compares the case's subject (or one item) with SIAK at a comparison step, synchronously and
     * fast ("SIAK sedang tidak tersedia" when it cannot answer in time; the case is unharmed), and
     * keeps the result on the case as evidence.
     */
    public void compareWithSiak(long caseId, Integer itemNo) {
        ServiceCase c = cases.find(caseId).orElseThrow(() -> new BusinessException("case.notFound"));
        Actor actor = actors.of(context);
        Map<String, String> subject = new java.util.LinkedHashMap<>(SiakPayloads.subject(c, itemNo));
        Nik nik = new Nik(subject.remove("NIK"));
        Comparison comparison = registry.compare(nik, subject);
        c.recordComparison(actor, itemNo, comparison, clock.instant());
        record(actor, AuditAction.SIAK_COMPARED, c.caseNumber(), nik.masked() + (comparison.allMatch() ? " sesuai"
                : " tidak sesuai: " + comparison.mismatches().stream().map(f -> f.field()).toList()));
    }

    /** Completing a step that enters data into SIAK puts the submission in the outbox, in this transaction. */
    private void submitIfSiakStep(ServiceCase c, StepDefinition step, Integer itemNo) {
        if (step == null || step.siak().orElse(null) != SiakUse.SUBMIT) {
            return;
        }
        SiakPayloads.Payload payload = SiakPayloads.submission(c, itemNo);
        outbox.store(SiakSubmission.of(c.officeId(), c.id(), c.caseNumber(), payload.kind(), payload.json(), clock.instant()));
    }

    /** Completes the current per-item step for several items at once, all or none. */
    public void completeItems(long caseId, List<Integer> itemNos, Set<String> checklist) {
        act(caseId, AuditAction.STEP_COMPLETED, "items " + itemNos, (c, actor) -> {
            var arrived = arrivals.arrived(c);
            itemNos.forEach(no -> c.completeItem(actor, no, checklist, arrived, clock.instant()));
        });
    }

    /** Sends several items of the current per-item step back, all or none. */
    public void returnItems(long caseId, List<Integer> itemNos, String targetStep, String reason) {
        act(caseId, AuditAction.STEP_RETURNED, "items " + itemNos + " to " + targetStep + ": " + reason, (c, actor) -> {
            itemNos.forEach(no -> c.returnItem(actor, no, targetStep, reason, clock.instant()));
        });
    }

    public void returnTo(long caseId, String targetStep, String reason) {
        act(caseId, AuditAction.STEP_RETURNED, "to " + targetStep + ": " + reason,
                (c, actor) -> c.returnTo(actor, targetStep, reason, clock.instant()));
    }

    public void returnItem(long caseId, int itemNo, String targetStep, String reason) {
        act(caseId, AuditAction.STEP_RETURNED, "item " + itemNo + " to " + targetStep + ": " + reason,
                (c, actor) -> c.returnItem(actor, itemNo, targetStep, reason, clock.instant()));
    }

    public void skip(long caseId, String reason) {
        act(caseId, AuditAction.STEP_SKIPPED, reason, (c, actor) -> c.skip(actor, reason, clock.instant()));
    }

    /** Attaches a scan or photo (PDF, JPEG, PNG, checked by content) to an open case. */
    public void attach(long caseId, String label, String fileName, byte[] bytes) {
        attachAs(actors.of(context), caseId, label, fileName, bytes);
    }

    /** Attaches a file as {@code actor}: for background work only, see {@link #openAs}. */
    @PermitAll
    public void attachAs(Actor actor, long caseId, String label, String fileName, byte[] bytes) {
        ServiceCase c = cases.find(caseId).orElseThrow(() -> new BusinessException("case.notFound"));
        var added = c.attachFile(actor, label, fileName, bytes, clock.instant());
        record(actor, AuditAction.ATTACHMENT_ADDED, c.caseNumber(), added.fileName() + " sha256 " + added.sha256());
    }

    /**
     * Records the particulars the operator read from an application's documents (the persons, the
     * family's KK, the subject, where the cards are delivered and the phone the courier calls), as the caller; see {@link ServiceCase#recordParticulars}.
     */
    public void recordParticulars(long caseId, String subject, String familyKk, List<OpenCaseRequest.Person> persons,
            String deliveryAddress, String deliveryPhone) {
        List<CasePerson> recorded = persons(persons);
        KkNumber kk = familyKk == null || familyKk.isBlank() ? null : KkNumber.of(familyKk);
        act(caseId, AuditAction.CASE_PARTICULARS_RECORDED, recorded.size() + " orang",
                (c, actor) -> c.recordParticulars(actor, subject, recorded, kk, deliveryAddress, deliveryPhone, clock.instant()));
    }

    public void comment(long caseId, String text) {
        act(caseId, AuditAction.CASE_COMMENTED, text, (c, actor) -> c.comment(actor, text, clock.instant()));
    }

    /**
     * Completes a courier step in the name of the courier company, whose report says the file was
     * delivered: not a signed-in user, so the actor is the courier company ({@link CourierCompany},
     * role COURIER in the case's office), and the audit entry names it and the report. Only while
     * the case waits at {@code stepKey}, a step with a courier leg; the report stands for its
     * checklist. Called by {@code CourierLegs} for the courier's webhook, whose signature vouches
     * for the report; nobody signs in there, hence {@code @PermitAll}.
     */
    @PermitAll
    public void completeCourierLeg(long caseId, String stepKey, String report) {
        act(caseId, c -> CourierCompany.in(c.officeId()), AuditAction.STEP_COMPLETED, report, (c, actor) -> {
            StepDefinition step = c.currentStepDefinition().filter(s -> s.key().equals(stepKey) && s.courier().isPresent())
                    .orElseThrow(() -> new BusinessException("courier.notAtLeg", c.caseNumber(), stepKey));
            c.complete(actor, step.checklist().stream().map(i -> i.key()).collect(java.util.stream.Collectors.toSet()),
                    clock.instant());
        });
    }

    /** Loads the case, lets the caller (looked up once) change it, and audits what was done. */
    private void act(long caseId, AuditAction action, String detail, BiConsumer<ServiceCase, Actor> change) {
        act(caseId, c -> actors.of(context), action, detail, change);
    }

    private void act(Actor actor, long caseId, AuditAction action, String detail, BiConsumer<ServiceCase, Actor> change) {
        act(caseId, c -> actor, action, detail, change);
    }

    /** Loads the case, lets {@code who} change it, and audits what was done. */
    private void act(long caseId, java.util.function.Function<ServiceCase, Actor> who, AuditAction action, String detail,
            BiConsumer<ServiceCase, Actor> change) {
        ServiceCase c = cases.find(caseId).orElseThrow(() -> new BusinessException("case.notFound"));
        String step = c.currentStep().orElse(null);
        Actor actor = who.apply(c);
        change.accept(c, actor);
        record(actor, action, c.caseNumber(), (step == null ? "" : step) + (detail == null ? "" : " " + detail));
        moved.fire(moved(c, action, step, actor));
    }

    private CaseMoved moved(ServiceCase c, AuditAction action, String fromStep, Actor actor) {
        return new CaseMoved(c.id(), c.caseNumber(), c.officeId(), c.institutionId().orElse(null), c.sopCode(),
                c.sopVersion(), action, java.util.Optional.ofNullable(fromStep), c.currentStep(), c.status().name(),
                actor.username(), clock.instant());
    }

    private void record(Actor actor, AuditAction action, String subject, String detail) {
        audit.append(new AuditEntry(clock.instant(), actor.officeId(), actor.username(), action, subject,
                detail == null ? null : detail.strip(), null));
    }

    private static List<CasePerson> persons(List<OpenCaseRequest.Person> entered) {
        return entered == null ? List.of() : entered.stream()
                .map(p -> PersonRelation.valueOf(p.relation()) == PersonRelation.DECEASED
                        ? CasePerson.deceased(nik(p.nik()), p.name(), p.diedOn(), p.deathPlace())
                        : new CasePerson(PersonRelation.valueOf(p.relation()), nik(p.nik()), p.name(),
                                p.sex() == null || p.sex().isBlank() ? null : Sex.valueOf(p.sex()), p.birthDate(), p.birthPlace()))
                .toList();
    }

    private static Nik nik(String typed) {
        return typed == null || typed.isBlank() ? null : Nik.of(typed);
    }

    private static long idOf(ServiceCase c) {
        return c.id();
    }
}
