package id.lintas.interfaces.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {
    private final AtomicInteger checks = new AtomicInteger();
    private final Function<UsernamePasswordCredential, CredentialValidationResult> store = c -> {
        checks.incrementAndGet();
        return c.getPasswordAsString().equals("benar") ? new CredentialValidationResult(c.getCaller(), Set.of("HOSPITAL"))
                : CredentialValidationResult.INVALID_RESULT;
    };

    @Test
    void aValidPairIsCheckedOnceThenRemembered() {
        VerifiedCredentials verified = new VerifiedCredentials();
        for (int i = 0; i < 5; i++) {
            CredentialValidationResult r = verified.validate(new UsernamePasswordCredential("rs.blora", "benar"), store);
            assertThat(r.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
            assertThat(r.getCallerGroups()).containsExactly("HOSPITAL");
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsNeverRememberedNorMistakenForTheRightOne() {
        VerifiedCredentials verified = new VerifiedCredentials();
        verified.validate(new UsernamePasswordCredential("rs.blora", "benar"), store);
        for (int i = 0; i < 3; i++) {
            assertThat(verified.validate(new UsernamePasswordCredential("rs.blora", "salah"), store).getStatus())
                    .isEqualTo(CredentialValidationResult.Status.INVALID);
        }
        assertThat(verified.validate(new UsernamePasswordCredential("pkm.cepu", "benar"), store).getCallerPrincipal().getName())
                .isEqualTo("pkm.cepu");
        assertThat(checks).as("1 valid + 3 wrong + 1 other user").hasValue(5);
    }
}
