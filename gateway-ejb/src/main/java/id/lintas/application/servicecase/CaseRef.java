package id.lintas.application.servicecase;

import java.io.Serializable;

public record CaseRef(long id, String caseNumber) implements Serializable {
}
