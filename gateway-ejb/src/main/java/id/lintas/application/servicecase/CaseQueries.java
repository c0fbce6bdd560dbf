package id.lintas.application.servicecase;

import id.lintas.domain.model.document.IssuedDocument;
import id.lintas.domain.model.document.IssuedDocumentRepository;
import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.calendar.WorkingCalendar;
import id.lintas.domain.model.servicecase.CaseAttachment;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.office.Office;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.servicecase.CaseItem;
import id.lintas.domain.model.servicecase.CaseStatus;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.model.servicecase.StepExecution;
import id.lintas.domain.model.sop.SopCatalog;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.model.sop.TimeStandard;
import id.lintas.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What the portal reads about cases: a role's inbox, the escalations it received, a case's detail. */
@Stateless
@RolesAllowed({Role.Names.OPERATOR, Role.Names.KASI, Role.Names.KABID_DAFDUK, Role.Names.KABID_CAPIL, Role.Names.KADIS,
    Role.Names.HOSPITAL, Role.Names.COURIER, Role.Names.SCHOOL, Role.Names.VILLAGE})
public class CaseQueries {
    private static final int INBOX_LIMIT = 200;
    /**
     * The open steps of an office a role may perform, one row per case and step (a per-item step
     * counts its items), oldest due first. The inner query walks the partial index
     * step_execution_open in due order and stops after ten times the page, so the cost does not
     * grow with the office's backlog.
     */
    private static final String INBOX = "with waiting as (select e.* from step_execution e"
            + " where e.office_id = ?1 and e.finished_at is null and e.performer_roles like ?2"
            + " order by e.due_at nulls last, e.id limit " + (INBOX_LIMIT * 10) + ")"
            + " select c.id, c.case_number, c.sop_definition_id, e.step_key, min(e.started_at),"
            + " min(e.due_at), count(e.item_id), c.subject, max(e.escalated_to), c.service_deadline"
            + " from waiting e join service_case c on c.id = e.case_id"
            + " where (?3 = 0 or c.institution_id = ?3)"
            + " group by c.id, c.case_number, c.sop_definition_id, e.step_key, c.subject, c.service_deadline"
            + " order by min(e.due_at) nulls last, c.id limit " + INBOX_LIMIT;
    private static final String ESCALATED = "select c.id, c.case_number, c.sop_definition_id, e.step_key, min(e.started_at),"
            + " min(e.due_at), count(e.item_id), c.subject, max(e.escalated_to), c.service_deadline"
            + " from step_execution e join service_case c on c.id = e.case_id"
            + " where e.office_id = ?1 and e.finished_at is null and e.escalated_to = ?2"
            + " group by c.id, c.case_number, c.sop_definition_id, e.step_key, c.subject, c.service_deadline"
            + " order by min(e.due_at), c.id limit " + INBOX_LIMIT;

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Inject
    ServiceCaseRepository cases;

    @Inject
    SopCatalog catalog;

    @Inject
    OfficeRepository offices;

    @Inject
    ActorLookup actors;

    @Inject
    AuditLog audit;

    @Inject
    id.lintas.application.siak.SiakOutbox outbox;

    @Inject
    id.lintas.domain.model.courier.ShipmentRepository shipments;

    @Inject
    AwaitedArrivals arrivals;

    @Inject
    IssuedDocumentRepository issued;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** The steps waiting for the caller's role in the caller's office (hospitals, schools, villages: their own cases). */
    public List<InboxEntry> inbox() {
        Actor actor = actors.of(context);
        long institution = actor.role().isBoundToCaseInstitution() ? Objects.requireNonNullElse(actor.institutionId(), -1L) : 0L;
        return entries(em.createNativeQuery(INBOX).setParameter(1, actor.officeId())
                .setParameter(2, "%," + actor.role().name() + ",%").setParameter(3, institution).getResultList(), actor);
    }

    /** Late steps of other roles escalated to the caller's role. */
    public List<InboxEntry> escalations() {
        Actor actor = actors.of(context);
        return entries(em.createNativeQuery(ESCALATED).setParameter(1, actor.officeId())
                .setParameter(2, actor.role().name()).getResultList(), actor);
    }

    private List<InboxEntry> entries(List<?> rows, Actor actor) {
        ZoneId zone = zone(actor.officeId());
        Instant now = clock.instant();
        return rows.stream().map(r -> (Object[]) r).map(r -> {
            SopDefinition sop = catalog.byId(((Number) r[2]).longValue());
            StepDefinition step = sop.step((String) r[3]).orElseThrow();
            Instant due = instant(r[5]);
            return new InboxEntry(((Number) r[0]).longValue(), (String) r[1], sop.code(), sop.title(), step.key(),
                    step.number(), step.activity(), (String) r[7], zoned(instant(r[4]), zone), zoned(due, zone),
                    ((Number) r[6]).longValue(), due != null && now.isAfter(due), (String) r[8], zoned(instant(r[9]), zone),
                    r[9] != null && now.isAfter(instant(r[9])));
        }).toList();
    }

    /** A case of the caller's office (hospitals, schools, villages: their own cases) with its timeline. */
    public CaseView detail(long caseId) {
        Actor actor = actors.of(context);
        ServiceCase c = visible(caseId, actor);
        ZoneId zone = c.calendar().hours().zone();
        SopDefinition sop = c.definition();
        Instant now = clock.instant();
        List<CaseView.TimelineRow> timeline = c.executions().stream().map(e -> row(e, sop, c.calendar(), zone)).toList();
        Boolean sameDay = c.closedAt().map(closed -> closed.atZone(zone).toLocalDate()
                .equals(c.openedAt().atZone(zone).toLocalDate())).orElse(null);
        return new CaseView(c.id(), c.caseNumber(), c.sopCode(), c.sopVersion(), sop.title(), c.status().name(),
                c.subject(), c.appliedFor().stream().map(t -> t.indonesianName() + " / " + t.englishName())
                        .collect(java.util.stream.Collectors.joining(", ")), c.openedBy(), zoned(c.openedAt(), zone), zoned(c.serviceClockStartedAt().orElse(null), zone),
                zoned(c.serviceDeadline().orElse(null), zone), zoned(c.closedAt().orElse(null), zone), c.isOverdue(now),
                sameDay, standard(sop.serviceStandard().time()),
                c.persons().stream().map(p -> new CaseView.Person(p.relation().name(), p.nik().map(n -> n.masked())
                        .orElse(null), p.name(), p.sex().map(Enum::name).orElse(null))).toList(),
                c.items().stream().map(CaseQueries::item).toList(), timeline, current(c, actor, arrivals),
                c.attachments().stream().map(a -> new CaseView.Attachment(a.id(), a.label(), a.fileName(), a.kind().name(),
                        a.size(), a.sha256(), a.addedBy(), zoned(a.addedAt(), zone))).toList(),
                c.comparisons().stream().map(k -> new CaseView.SiakCheck(k.stepKey(), k.itemNo(),
                        new id.lintas.domain.model.person.Nik(k.nik()).masked(), zoned(k.comparedAt(), zone), k.comparedBy(),
                        k.allMatch(), k.fields().stream().map(f -> new CaseView.SiakField(f.field(), f.submitted(),
                                f.registered(), f.matches())).toList())).toList(),
                outbox.ofCase(c.id()).stream().map(x -> new CaseView.SiakSend(x.id(), x.kind().name(), x.status().name(),
                        x.attempts(), x.draftId().orElse(null), x.lastError().orElse(null), zoned(x.createdAt(), zone),
                        zoned(x.nextAttemptAt(), zone), x.issuedNumbers().entrySet().stream()
                                .map(n -> new CaseView.Issued(n.getKey(), n.getValue())).toList())).toList(),
                c.comments().stream().map(m -> new CaseView.Comment(m.stepKey(), m.author(), m.role().name(),
                        zoned(m.writtenAt(), zone), m.text())).toList(),
                id.lintas.application.courier.CustodyViews.of(shipments.ofCase(c.id()), zone),
                c.applicant().map(a -> new CaseView.Applicant(a.channel().name(), a.address(), a.reference(),
                        a.language().getLanguage())).orElse(null),
                c.acceptsParticularsFrom(actor));
    }

    /** An attached file's bytes, for a caller who may see its case; every download is audited. */
    public AttachmentFile attachment(long caseId, long attachmentId) {
        Actor actor = actors.of(context);
        ServiceCase c = visible(caseId, actor);
        CaseAttachment a = c.attachments().stream().filter(x -> x.id() == attachmentId).findFirst()
                .orElseThrow(() -> new BusinessException("attachment.notFound"));
        audit.append(new AuditEntry(clock.instant(), actor.officeId(), actor.username(), AuditAction.DOCUMENT_ACCESSED,
                c.caseNumber(), a.fileName() + " sha256 " + a.sha256(), null));
        return new AttachmentFile(a.fileName(), a.kind().contentType(), a.bytes());
    }

    /** The documents a case issued (its signing steps' drafts and signed documents), oldest first. */
    public List<CaseDocument> documents(long caseId) {
        Actor actor = actors.of(context);
        ServiceCase c = visible(caseId, actor);
        ZoneId zone = zone(c.officeId());
        return issued.ofCase(c.id()).stream().map(d -> new CaseDocument(d.id(), d.stepKey(), d.type().name(),
                d.type().indonesianName(), d.type().englishName(), d.status().name(), d.number().orElse(null),
                d.subjectName().orElse(null), d.signerName().orElse(null), zoned(d.signedAt().orElse(null), zone),
                d.signatureLevel().orElse(null), d.signedSha256().orElse(null), d.attempts().lastError().orElse(null),
                d.revokeReason().orElse(null), d.replacedBy().orElse(null))).toList();
    }

    /**
     * A document's PDF for a caller who may see its case: the signed one once signed, else the
     * draft; every download is audited.
     */
    public AttachmentFile document(String documentId) {
        Actor actor = actors.of(context);
        IssuedDocument d = issued.find(documentId).orElseThrow(() -> new BusinessException("tte.documentNotFound"));
        visible(d.caseId(), actor);
        byte[] pdf = d.signedPdf().or(d::draftPdf).orElseThrow(() -> new BusinessException("tte.documentNotFound"));
        audit.append(new AuditEntry(clock.instant(), actor.officeId(), actor.username(), AuditAction.DOCUMENT_ACCESSED,
                d.caseNumber(), d.type().name() + " " + d.id() + " " + d.status(), null));
        return new AttachmentFile(d.fileName(), "application/pdf", pdf);
    }

    private ServiceCase visible(long caseId, Actor actor) {
        ServiceCase c = cases.find(caseId).orElseThrow(() -> new BusinessException("case.notFound"));
        if (c.officeId() != actor.officeId()
                || actor.role().isBoundToCaseInstitution()
                        && !Objects.equals(c.institutionId().orElse(null), actor.institutionId())) {
            throw new BusinessException("case.notFound");
        }
        return c;
    }

    private static CaseView.TimelineRow row(StepExecution e, SopDefinition sop, WorkingCalendar calendar, ZoneId zone) {
        StepDefinition step = sop.step(e.stepKey()).orElseThrow();
        Long worked = e.finishedAt().map(f -> calendar.elapsedWorkingTime(e.startedAt(), f).toMinutes()).orElse(null);
        Boolean onTime = e.dueAt().map(due -> e.finishedAt().map(f -> !f.isAfter(due)).orElse(null)).orElse(null);
        return new CaseView.TimelineRow(e.stepNo(), e.stepKey(), step.activity(),
                e.performerRoles().stream().map(Enum::name).collect(Collectors.joining(", ")),
                e.item().map(CaseItem::number).orElse(null), e.item().map(CaseItem::label).orElse(null),
                zoned(e.startedAt(), zone), zoned(e.dueAt().orElse(null), zone), zoned(e.finishedAt().orElse(null), zone),
                e.actor().orElse(null), e.outcome().map(Enum::name).orElse(null), e.reason().orElse(null),
                standard(step.standard()), worked, onTime, e.escalatedTo().map(Enum::name).orElse(null));
    }

    private static CaseView.Current current(ServiceCase c, Actor actor, AwaitedArrivals arrivals) {
        if (c.status() != CaseStatus.OPEN) {
            return null;
        }
        StepDefinition step = c.currentStepDefinition().orElseThrow();
        SopDefinition sop = c.definition();
        boolean sameInstitution = !actor.role().isBoundToCaseInstitution()
                || Objects.equals(c.institutionId().orElse(null), actor.institutionId());
        List<CaseView.Item> waiting = c.openExecutions().stream().flatMap(e -> e.item().stream()).map(CaseQueries::item)
                .toList();
        return new CaseView.Current(step.key(), step.number(), step.activity(), step.role().name(),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(step.role()), step.alternativeRoles().stream())
                        .map(Enum::name).toList(),
                step.checklist().stream().map(i -> new CaseView.Check(i.key(), i.text())).toList(),
                step.returns().stream().map(b -> new CaseView.Return(b.to(),
                        sop.step(b.to()).orElseThrow().activity(), b.condition())).toList(),
                step.condition().orElse(null), step.isPerItem(), waiting, standard(step.standard()),
                step.isPerformableBy(actor.role()) && sameInstitution, step.siak().map(Enum::name).orElse(null),
                arrivals.pending(c).map(Enum::name).orElse(null), step.approves());
    }

    private static CaseView.Item item(CaseItem i) {
        return new CaseView.Item(i.number(), i.kind().name(), i.label(), i.nik().map(n -> n.masked()).orElse(null),
                i.status().name(), i.note().orElse(null));
    }

    private static CaseView.Standard standard(TimeStandard t) {
        return new CaseView.Standard(t.unit().name(), t.unit().isMeasured() ? t.amount() : 0, t.note().orElse(null),
                t.isPerItem());
    }

    private ZoneId zone(long officeId) {
        return offices.find(officeId).map(Office::timeZone).orElseThrow();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    private static ZonedDateTime zoned(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone);
    }
}
