package id.lintas.application.account;

import java.io.Serializable;

/** One account in an office's user list. */
public record UserSummary(String username, String fullName, String role, String institutionName, boolean active)
        implements Serializable {
}
