package id.lintas.domain.model.mail;

/**
 * Where an emailed application stands: received (not yet decided), accepted (its case opened),
 * a supplement (documents for the open case of the same resident's earlier application, attached
 * to it) or refused (the resident told why).
 */
public enum MailApplicationStatus { RECEIVED, ACCEPTED, SUPPLEMENT, REFUSED }
