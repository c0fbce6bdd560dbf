package id.lintas.domain.model.sop;

import id.lintas.domain.shared.BusinessException;

/**
 * Through which channel a case of a SOP is opened ({@code "intake"} in the definition file). Most
 * SOPs are opened by staff or a partner on the portal's new-case page; SELINTAS only by a
 * hospital's or puskesmas's birth report, which brings the data and scans its letters are made of.
 */
public enum Intake {
    /** The portal's new-case page (staff, or a partner for its own institution). The default. */
    NEW_CASE,
    /** A hospital's or puskesmas's birth report: the hospital API (REST or SOAP) or the portal's birth report form. */
    BIRTH_REPORT,
    /**
     * A resident's application from home, over WhatsApp or email (DIK JAMILA ME-WA, LANDA MEWA):
     * it brings the requirements as photos or scans, and opens a case of any SOP staff open on the
     * new-case page, with the applicant's own steps ({@link SopDefinition#applicantSteps}) done.
     */
    RESIDENT_APPLICATION;

    /** Refuses to open a case of {@code sop} through this channel when the SOP is opened through another. */
    public void requireFor(SopDefinition sop) {
        boolean applicationForDeskService = this == RESIDENT_APPLICATION && sop.intake() == NEW_CASE;
        if (sop.intake() != this && !applicationForDeskService) {
            throw new BusinessException("case.open.intake." + sop.intake().name(), sop.code());
        }
    }
}
