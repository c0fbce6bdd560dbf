package id.lintas.application.servicecase;

import id.lintas.application.siak.SiakOutbox;
import id.lintas.domain.model.document.IssuedDocumentRepository;
import id.lintas.domain.model.document.IssuedDocument;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.siak.SiakNumbers;
import id.lintas.domain.model.sop.Awaited;
import id.lintas.domain.model.sop.StepDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds out whether what a case's current step {@link StepDefinition#awaits awaits} from outside
 * has come, for the case to decide (it refuses to complete the step until then) and for the case
 * page to show that the step waits. Each kind of {@link Awaited} is one question here; a SOP that
 * declares one needs nothing else.
 */
@ApplicationScoped
public class AwaitedArrivals {
    @Inject
    SiakOutbox siak;

    @Inject
    IssuedDocumentRepository documents;

    /** What the current step awaits and has come; empty when it awaits nothing. */
    public Set<Awaited> arrived(ServiceCase c) {
        Set<Awaited> arrived = EnumSet.noneOf(Awaited.class);
        awaited(c).filter(awaited -> hasArrived(c, awaited)).ifPresent(arrived::add);
        return arrived;
    }

    /** What the current step still waits for, if anything. */
    public Optional<Awaited> pending(ServiceCase c) {
        return awaited(c).filter(awaited -> !hasArrived(c, awaited));
    }

    private static Optional<Awaited> awaited(ServiceCase c) {
        return c.currentStepDefinition().flatMap(StepDefinition::awaits);
    }

    private boolean hasArrived(ServiceCase c, Awaited awaited) {
        return switch (awaited) {
            case SIAK_NUMBERS -> SiakNumbers.of(siak.ofCase(c.id())).issued();
            // a case that asks for no document at a step signing what was applied for has nothing to wait for
            case SIGNATURES -> c.currentStepDefinition().map(step -> c.documentsSignedAt(step).isEmpty()
                    || IssuedDocument.allSignedAt(documents.ofCase(c.id()), step.key())).orElse(false);
        };
    }
}
