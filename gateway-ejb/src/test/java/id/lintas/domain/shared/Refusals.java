package id.lintas.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts a refusal's key and that it reads as a sentence, not a key, in both languages. */
public final class Refusals {
    private Refusals() {
    }

    public static BusinessException assertRefused(ThrowingCallable call, String key) {
        BusinessException e = catchThrowableOfType(BusinessException.class, call);
        assertThat(e).as("refusal %s", key).isNotNull();
        assertThat(e.key()).isEqualTo(key);
        for (Locale locale : new Locale[] {BusinessException.INDONESIAN, Locale.ENGLISH}) {
            assertThat(e.message(locale)).doesNotStartWith(key).doesNotContain("{").endsWith(".");
        }
        return e;
    }
}
