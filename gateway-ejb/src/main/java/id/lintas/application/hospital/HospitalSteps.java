package id.lintas.application.hospital;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.model.sop.StepDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The first steps of a SOP, as long as they are the hospital's: for SELINTAS receiving, checking,
 * the SIAK entry and the letters. A hospital's report is that work done: its case goes through
 * them as the hospital's account, and then waits for the courier.
 */
final class HospitalSteps {
    private HospitalSteps() {
    }

    static List<StepDefinition> of(SopDefinition sop) {
        List<StepDefinition> steps = new ArrayList<>();
        for (StepDefinition step : sop.steps()) {
            if (step.role() != Role.HOSPITAL) {
                break;
            }
            steps.add(step);
        }
        return steps;
    }
}
