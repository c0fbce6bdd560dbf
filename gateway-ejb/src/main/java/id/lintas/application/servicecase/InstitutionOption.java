package id.lintas.application.servicecase;

import java.io.Serializable;

/** A partner institution of the office, as a choice when staff open a case. */
public record InstitutionOption(long id, String type, String name) implements Serializable {
}
