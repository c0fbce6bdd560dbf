package id.lintas.domain.model.servicecase;

/**
 * How a resident sent an application from home (DIK JAMILA ME-WA, LANDA MEWA), and so how the
 * case answers them: its progress, and its signed documents as PDF.
 */
public enum ApplicationChannel {
    /** The office's WhatsApp number: the applicant's address is their WhatsApp number (wa_id). */
    WHATSAPP,
    /** The office's mailbox: the applicant's address is the email address the application came from. */
    EMAIL
}
