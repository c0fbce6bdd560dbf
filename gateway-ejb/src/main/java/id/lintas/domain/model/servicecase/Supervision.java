package id.lintas.domain.model.servicecase;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.SopDefinition;

/**
 * Who a late step is escalated to: an operator's kasi; a kasi's kabid (Capil when the SOP has a
 * civil-registration step, otherwise Dafduk); a kabid's kadis; an outside institution's late step
 * goes to the office's operators, who follow it up. The kadis and the admin answer to nobody in
 * the system: their late steps stay with them, flagged.
 */
public final class Supervision {
    private Supervision() {
    }

    public static Role of(Role performer, SopDefinition sop) {
        return switch (performer) {
            case OPERATOR -> Role.KASI;
            case KASI -> sop.steps().stream().anyMatch(s -> s.isPerformableBy(Role.KABID_CAPIL))
                    ? Role.KABID_CAPIL : Role.KABID_DAFDUK;
            case KABID_DAFDUK, KABID_CAPIL, KADIS -> Role.KADIS;
            case HOSPITAL, COURIER, SCHOOL, VILLAGE -> Role.OPERATOR;
            case ADMIN -> Role.ADMIN;
        };
    }
}
