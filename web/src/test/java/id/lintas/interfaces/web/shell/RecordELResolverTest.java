package id.lintas.interfaces.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {
    public record Profile(String fullName, int age) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsRecordComponentsAsReadOnlyProperties() {
        ELContext context = context();
        assertThat(resolver.getValue(context, new Profile("Siti", 30), "fullName")).isEqualTo("Siti");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.isReadOnly(context(), new Profile("Siti", 30), "age")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context(), new Profile("Siti", 30), "age", 31))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    @Test
    void leavesEverythingElseToOtherResolvers() {
        ELContext context = context();
        assertThat(resolver.getValue(context, new Profile("Siti", 30), "unknown")).isNull();
        assertThat(resolver.getValue(context, "a string", "length")).isNull();
        assertThat(resolver.getValue(context, null, "x")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    private static ELContext context() {
        return new ELContext() {
            @Override
            public jakarta.el.ELResolver getELResolver() {
                return null;
            }

            @Override
            public jakarta.el.FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public jakarta.el.VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
