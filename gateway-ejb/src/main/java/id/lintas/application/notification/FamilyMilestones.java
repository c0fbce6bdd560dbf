package id.lintas.application.notification;

import id.lintas.application.servicecase.CaseMoved;
import java.util.Map;
import java.util.Optional;

/**
 * The moments of a case that the family is told about, as data: SOP code, then the step whose
 * arrival marks the moment. Arriving at SELINTAS's {@code courier_delivery} means the documents
 * are signed and archived and the courier takes them to the family.
 *
 * <p>The SOP definition files are the natural home of this (a step attribute such as
 * {@code "notifies": "DOCUMENTS_READY"}); it lives here until the SOP definitions, which another
 * change is revising, carry it. A new milestone of an existing kind is one entry here.
 */
public final class FamilyMilestones {
    /** What the family is told. */
    public enum Milestone {
        /** The civil registration documents are signed, archived and on their way. */
        DOCUMENTS_READY
    }

    static final Map<String, Map<String, Milestone>> BY_SOP_AND_STEP = Map.of(
            "SELINTAS", Map.of("courier_delivery", Milestone.DOCUMENTS_READY));

    private FamilyMilestones() {
    }

    /** The milestone the case reached with this move, if any: it arrived at a step that marks one. */
    public static Optional<Milestone> reachedBy(CaseMoved moved) {
        return BY_SOP_AND_STEP.getOrDefault(moved.sopCode(), Map.of()).entrySet().stream()
                .filter(step -> moved.arrivedAt(step.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
