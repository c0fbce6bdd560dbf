package id.lintas.domain.model.birthreport;

/** How a birth report reached the office: a hospital system over REST or SOAP, or the hospital portal. */
public enum ReportChannel {
    REST,
    SOAP,
    PORTAL
}
