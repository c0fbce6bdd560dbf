package id.lintas.domain.model.mail;

/**
 * Where an emailed application stands: received (not yet decided), accepted (its case opened),
 * a supplement (documents for the open case of the same resident's earlier application, attached
 * to it), refused (the resident told why), or failed: it could not be decided after {@link
 * MailApplication#MAX_ATTEMPTS} tries (not the resident's doing) and waits for the admin, who has
 * it decided again.
 */
public enum MailApplicationStatus { RECEIVED, ACCEPTED, SUPPLEMENT, REFUSED, FAILED }
