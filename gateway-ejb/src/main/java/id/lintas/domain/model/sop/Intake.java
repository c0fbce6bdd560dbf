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
    BIRTH_REPORT;

    /** Refuses to open a case of {@code sop} through this channel when the SOP is opened through another. */
    public void requireFor(SopDefinition sop) {
        if (sop.intake() != this) {
            throw new BusinessException("case.open.intake." + sop.intake().name(), sop.code());
        }
    }
}
