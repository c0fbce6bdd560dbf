package id.lintas.domain.model.mail;

/** Where an emailed application stands: received (not yet decided), accepted (its case opened) or refused (the resident told why). */
public enum MailApplicationStatus { RECEIVED, ACCEPTED, REFUSED }
