package id.lintas.domain.model.sop;

import id.lintas.domain.model.identity.Role;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import id.lintas.domain.model.document.DocumentType;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One step (<i>kegiatan</i>) of an SOP: what is done, by which role, what must be present for it
 * to pass (its checklist, from the <i>kelengkapan</i>), how long it may take and what it yields.
 *
 * <p>A step with a condition ({@link #condition()}, the SOP's "Jika ...") is only worked when the
 * condition holds and is otherwise passed through. A per-item step is done for each item of the
 * case (each student, each target resident); a return from it returns only that item. The step
 * after this one is {@link #next()}; the last step has none.
 */
public final class StepDefinition implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final int number;
    private final String seedNumber;
    private final LocalizedText activity;
    private final Role role;
    private final Set<Role> alternativeRoles;
    private final String roleInference;
    private final List<ChecklistItem> checklist;
    private final TimeStandard standard;
    private final LocalizedText output;
    private final ItemKind itemKind;
    private final LocalizedText condition;
    private final List<ReturnBranch> returns;
    private final String next;
    private final LocalizedText remarks;
    private final Schedule schedule;
    private final boolean startsServiceClock;
    private final SiakUse siak;
    private final CourierLeg courier;
    private final Milestone notifies;
    private final Awaited awaits;
    private final boolean approves;
    private final boolean byApplicant;
    private final List<DocumentType> signs;
    private final boolean signsAppliedFor;

    private StepDefinition(Builder b) {
        this.key = Keys.require(b.key, "step key");
        this.number = b.number;
        this.seedNumber = b.seedNumber == null ? String.valueOf(b.number) : b.seedNumber.strip();
        this.activity = required(b.activity, "activity");
        this.role = required(b.role, "role");
        this.alternativeRoles = b.alternativeRoles.isEmpty()
                ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(b.alternativeRoles));
        this.roleInference = b.roleInference == null ? null : b.roleInference.strip();
        this.checklist = List.copyOf(b.checklist);
        this.standard = required(b.standard, "time standard");
        this.output = required(b.output, "output");
        this.itemKind = b.itemKind;
        this.condition = b.condition;
        this.returns = List.copyOf(b.returns);
        this.next = b.next == null ? null : Keys.require(b.next, "step '" + b.key + "': next");
        this.remarks = b.remarks;
        this.schedule = b.schedule;
        this.startsServiceClock = b.startsServiceClock;
        this.siak = b.siak;
        this.courier = b.courier;
        this.notifies = b.notifies;
        this.signs = List.copyOf(b.signs);
        this.signsAppliedFor = b.signsAppliedFor;
        // a signing step waits for its documents' signatures, which complete it
        this.awaits = signing() && b.awaits == null ? Awaited.SIGNATURES : b.awaits;
        this.approves = b.approves;
        this.byApplicant = b.byApplicant;
        validate();
    }

    private <T> T required(T value, String what) {
        if (value == null) {
            throw invalid(what + " is missing");
        }
        return value;
    }

    private void validate() {
        if (number < 1) {
            throw invalid("number must be at least 1, was " + number);
        }
        if (roleInference == null || roleInference.isEmpty()) {
            throw invalid("roleInference is missing: say why this role performs the step");
        }
        if (alternativeRoles.contains(role)) {
            throw invalid("alternative roles repeat the role " + role);
        }
        if (checklist.isEmpty()) {
            throw invalid("checklist must not be empty");
        }
        Set<String> itemKeys = new HashSet<>();
        for (ChecklistItem item : checklist) {
            if (!itemKeys.add(item.key())) {
                throw invalid("duplicate checklist item '" + item.key() + "'");
            }
        }
        if (standard.isPerItem() && itemKind == null) {
            throw invalid("a time per item needs a per-item step");
        }
        if (key.equals(next)) {
            throw invalid("next cannot be the step itself");
        }
        if (courier != null && !isPerformableBy(Role.COURIER)) {
            throw invalid("a courier leg is the courier's step, not " + role + "'s");
        }
        if (courier != null && itemKind != null) {
            throw invalid("a courier leg carries the whole file, it cannot be per item");
        }
        if (courier != null && siak != null) {
            throw invalid("a courier leg does not use SIAK");
        }
        if (courier != null && awaits != null) {
            throw invalid("a courier leg is completed by the courier's report, it cannot await " + awaits);
        }
        if (signsAppliedFor && !signs.isEmpty()) {
            throw invalid("a step signs either the documents it names (\"signs\") or the ones the application asks for"
                    + " (\"signsAppliedFor\"), not both");
        }
        if (signing() && (courier != null || itemKind != null || !isPerformableBy(Role.KADIS))) {
            throw invalid("the documents are signed (TTE) by the kadis on the whole file, not on a courier leg or per item");
        }
        if (signing() && awaits != Awaited.SIGNATURES) {
            throw invalid("a signing step awaits its signatures, it cannot await " + awaits);
        }
        if (!signing() && awaits == Awaited.SIGNATURES) {
            throw invalid("only a step that signs documents (\"signs\" or \"signsAppliedFor\") awaits signatures");
        }
        if (new HashSet<>(signs).size() != signs.size()) {
            throw invalid("a document type is signed twice");
        }
        if (byApplicant && (role.isExternal() || itemKind != null || courier != null || siak != null || awaits != null
                || approves || signing())) {
            throw invalid("a step the applicant does from home is office staff's step of receiving it, on the whole file,"
                    + " with nothing to wait for, approve or sign");
        }
        if (approves && (courier != null || itemKind != null)) {
            throw invalid("an approval is one person's decision on the whole file, not a courier leg or a per-item step");
        }
    }

    private IllegalArgumentException invalid(String message) {
        return new IllegalArgumentException("step '" + key + "': " + message);
    }

    public static Builder builder(String key) {
        return new Builder(key);
    }

    public String key() {
        return key;
    }

    /** The step's place in the SOP, counting from 1. */
    public int number() {
        return number;
    }

    /** The number as the seed document prints it (may differ where the seed's numbering is wrong). */
    public String seedNumber() {
        return seedNumber;
    }

    public LocalizedText activity() {
        return activity;
    }

    /** The role that performs the step. */
    public Role role() {
        return role;
    }

    /** Other roles that may perform the step, e.g. the kabid of the other division. */
    public Set<Role> alternativeRoles() {
        return alternativeRoles;
    }

    public boolean isPerformableBy(Role candidate) {
        return role == candidate || alternativeRoles.contains(candidate);
    }

    /** Why this role was chosen (the seed lost its role marks); for offices to check. */
    public String roleInference() {
        return roleInference;
    }

    public List<ChecklistItem> checklist() {
        return checklist;
    }

    public TimeStandard standard() {
        return standard;
    }

    public LocalizedText output() {
        return output;
    }

    public boolean isPerItem() {
        return itemKind != null;
    }

    /** The kind of item of a per-item step. */
    public Optional<ItemKind> itemKind() {
        return Optional.ofNullable(itemKind);
    }

    /** The SOP's condition for doing the step at all; empty when it is always done. */
    public Optional<LocalizedText> condition() {
        return Optional.ofNullable(condition);
    }

    public boolean isConditional() {
        return condition != null;
    }

    public List<ReturnBranch> returns() {
        return returns;
    }

    /** The key of the following step; empty for the last step. */
    public Optional<String> next() {
        return Optional.ofNullable(next);
    }

    public boolean isLast() {
        return next == null;
    }

    /** The SOP's remark (<i>keterangan</i>) on the step. */
    public Optional<LocalizedText> remarks() {
        return Optional.ofNullable(remarks);
    }

    /**
     * Whether completing this step starts the whole service's clock: for a service promised
     * "from a complete file" (LANDA MEWA) or "from recording" (SI JARAN IJO), the step that
     * establishes it. Without such a step the clock starts when the case is opened.
     */
    public boolean startsServiceClock() {
        return startsServiceClock;
    }

    /** Whether the step compares with SIAK or sends data to it. */
    public Optional<SiakUse> siak() {
        return Optional.ofNullable(siak);
    }

    /** The trip a courier makes with the file at this step, booked by the gateway; empty for other steps. */
    public Optional<CourierLeg> courier() {
        return Optional.ofNullable(courier);
    }

    public Optional<Schedule> schedule() {
        return Optional.ofNullable(schedule);
    }

    /** The milestone a case reaches when it arrives at this step (the family is told); empty for most steps. */
    public Optional<Milestone> notifies() {
        return Optional.ofNullable(notifies);
    }

    /** What the step waits for from outside the case before it can be completed; empty for most steps. */
    public Optional<Awaited> awaits() {
        return Optional.ofNullable(awaits);
    }

    /**
     * Whether completing the step is its performer's approval (<i>persetujuan</i>) of the file, e.g.
     * the kepala dinas's signing step until electronic signatures come: the timeline records it as
     * approved, by whom and when.
     */
    public boolean approves() {
        return approves;
    }

    /**
     * Whether the applicant does this step from home (photographs the requirements, uploads them:
     * LANDA MEWA's first two steps), so a case opened from the resident's application over
     * WhatsApp or email begins with it done; a case opened at the office has staff record it.
     * Its role is the staff role that receives what the applicant does.
     */
    public boolean byApplicant() {
        return byApplicant;
    }

    /**
     * The documents the case issues at this step and the kadis signs electronically (TTE), e.g.
     * SELINTAS's akta kelahiran, KK and KIA: drafted when the case arrives, and the step completes
     * (as the kadis's approval) when the last of them is signed. Empty for most steps.
     */
    public List<DocumentType> signs() {
        return signs;
    }

    /**
     * Whether the kadis signs here the documents the case's application asks for, whichever they
     * are (DIK JAMILA ME-WA serves any document: a KK for one case, a KIA for another), instead of
     * a fixed list ({@link #signs()}). A case that asks for none (a KTP-el is a card, not a PDF)
     * has nothing to sign, and the kadis completes the step as an approval.
     */
    public boolean signsAppliedFor() {
        return signsAppliedFor;
    }

    /** Whether the kadis signs documents at this step: named ones, or the ones applied for. */
    public boolean signing() {
        return !signs.isEmpty() || signsAppliedFor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StepDefinition other && other.key.equals(key) && other.number == number
                && other.activity.equals(activity) && other.role == role && Objects.equals(other.next, next);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, number);
    }

    @Override
    public String toString() {
        return number + " " + key + " (" + role + ")";
    }

    /** Collects a step's parts; {@link #build()} validates them. */
    public static final class Builder {
        private final String key;
        private List<DocumentType> signs = List.of();
        private boolean signsAppliedFor;
        private int number;
        private String seedNumber;
        private LocalizedText activity;
        private Role role;
        private final Set<Role> alternativeRoles = new HashSet<>();
        private String roleInference;
        private final List<ChecklistItem> checklist = new ArrayList<>();
        private TimeStandard standard;
        private LocalizedText output;
        private ItemKind itemKind;
        private LocalizedText condition;
        private final List<ReturnBranch> returns = new ArrayList<>();
        private String next;
        private LocalizedText remarks;
        private Schedule schedule;
        private boolean startsServiceClock;
        private SiakUse siak;
        private CourierLeg courier;
        private Milestone notifies;
        private Awaited awaits;
        private boolean approves;
        private boolean byApplicant;

        private Builder(String key) {
            this.key = key;
        }

        public Builder number(int number) {
            this.number = number;
            return this;
        }

        public Builder seedNumber(String seedNumber) {
            this.seedNumber = seedNumber;
            return this;
        }

        public Builder activity(LocalizedText activity) {
            this.activity = activity;
            return this;
        }

        public Builder role(Role role, String inference) {
            this.role = role;
            this.roleInference = inference;
            return this;
        }

        public Builder alternativeRole(Role alternative) {
            alternativeRoles.add(Objects.requireNonNull(alternative));
            return this;
        }

        public Builder checklistItem(ChecklistItem item) {
            checklist.add(Objects.requireNonNull(item));
            return this;
        }

        public Builder standard(TimeStandard standard) {
            this.standard = standard;
            return this;
        }

        public Builder output(LocalizedText output) {
            this.output = output;
            return this;
        }

        /** Makes the step per item; {@code null} makes it a step for the whole case. */
        public Builder perItem(ItemKind kind) {
            this.itemKind = kind;
            return this;
        }

        public Builder condition(LocalizedText condition) {
            this.condition = condition;
            return this;
        }

        public Builder returnTo(ReturnBranch branch) {
            returns.add(Objects.requireNonNull(branch));
            return this;
        }

        public Builder next(String next) {
            this.next = next;
            return this;
        }

        public Builder remarks(LocalizedText remarks) {
            this.remarks = remarks;
            return this;
        }

        public Builder siak(SiakUse use) {
            this.siak = use;
            return this;
        }

        public Builder courier(CourierLeg leg) {
            this.courier = leg;
            return this;
        }

        public Builder notifies(Milestone milestone) {
            this.notifies = milestone;
            return this;
        }

        public Builder awaits(Awaited awaited) {
            this.awaits = awaited;
            return this;
        }

        public Builder signs(List<DocumentType> documents) {
            this.signs = List.copyOf(documents);
            return this;
        }

        public Builder signsAppliedFor(boolean signsAppliedFor) {
            this.signsAppliedFor = signsAppliedFor;
            return this;
        }

        public Builder approves(boolean approves) {
            this.approves = approves;
            return this;
        }

        public Builder byApplicant(boolean byApplicant) {
            this.byApplicant = byApplicant;
            return this;
        }

        public Builder startsServiceClock(boolean starts) {
            this.startsServiceClock = starts;
            return this;
        }

        public Builder schedule(Schedule schedule) {
            this.schedule = schedule;
            return this;
        }

        public StepDefinition build() {
            return new StepDefinition(this);
        }
    }
}
