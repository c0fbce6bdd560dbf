package id.lintas.domain.model.servicecase;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One performance of a step on a case (or on one item of it): when it started, when it is
 * due by its time standard, who finished it, how, why, and the checklist they ticked.
 */
@Entity
@Table(name = "step_execution")
public class StepExecution extends IdentifiedEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private ServiceCase serviceCase;

    /** The case's office, repeated here so that an inbox is one indexed query. */
    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "step_key", nullable = false, length = 60)
    private String stepKey;

    @Column(name = "step_no", nullable = false)
    private int stepNo;

    /** The roles that may perform it, as ",ROLE,ROLE," (the step's role first, then its alternatives). */
    @Column(name = "performer_roles", nullable = false, length = 120)
    private String performerRoles;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private CaseItem item;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private StepOutcome outcome;

    @Column(length = 1000)
    private String reason;

    /** The checklist items ticked, as "key,key". */
    @Column(length = 1000)
    private String checklist;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalated_to", length = 20)
    private Role escalatedTo;

    /** Its place in the case's history (1, 2, ...): the order steps happened in, whatever the ids. */
    @jakarta.persistence.Column(name = "seq", nullable = false)
    private int seq;

    protected StepExecution() {
    }

    StepExecution(ServiceCase serviceCase, StepDefinition step, CaseItem item, Instant startedAt, Instant dueAt) {
        this.seq = serviceCase.executions().size() + 1;
        this.serviceCase = serviceCase;
        this.officeId = serviceCase.officeId();
        this.stepKey = step.key();
        this.stepNo = step.number();
        StringBuilder roles = new StringBuilder(",").append(step.role()).append(',');
        step.alternativeRoles().forEach(r -> roles.append(r).append(','));
        this.performerRoles = roles.toString();
        this.item = item;
        this.startedAt = startedAt;
        this.dueAt = dueAt;
    }

    void finish(Actor by, StepOutcome how, String why, Set<String> ticked, Instant at) {
        this.actor = by.username();
        this.outcome = how;
        this.reason = why;
        this.checklist = ticked == null || ticked.isEmpty() ? null : String.join(",", new TreeSet<>(ticked));
        this.finishedAt = at;
    }

    /** Marks the step as escalated to the supervising role because it is past due. */
    public void escalate(Role to, Instant at) {
        if (escalatedAt == null && finishedAt == null) {
            escalatedAt = at;
            escalatedTo = to;
        }
    }

    public boolean isOpen() {
        return finishedAt == null;
    }

    /** Past its due time: still open after it, or finished after it. */
    public boolean isOverdue(Instant now) {
        return dueAt != null && (finishedAt == null ? now.isAfter(dueAt) : finishedAt.isAfter(dueAt));
    }

    public ServiceCase serviceCase() {
        return serviceCase;
    }

    public String stepKey() {
        return stepKey;
    }

    public int stepNo() {
        return stepNo;
    }

    public Set<Role> performerRoles() {
        return Arrays.stream(performerRoles.split(",")).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Role.class)));
    }

    public Optional<CaseItem> item() {
        return Optional.ofNullable(item);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<String> actor() {
        return Optional.ofNullable(actor);
    }

    public Optional<StepOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Set<String> checklist() {
        return checklist == null ? Set.of() : Set.of(checklist.split(","));
    }

    public Optional<Instant> escalatedAt() {
        return Optional.ofNullable(escalatedAt);
    }

    public Optional<Role> escalatedTo() {
        return Optional.ofNullable(escalatedTo);
    }
}
