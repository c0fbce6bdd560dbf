package id.lintas.application.account;

import java.io.Serializable;

/** What the portal shows about the signed-in user. */
public record UserProfile(String username, String fullName, String role, String officeCode, String officeName,
        String officeTimeZone, String institutionType, String institutionName) implements Serializable {
}
