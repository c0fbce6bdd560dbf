package id.lintas.domain.shared;

import java.util.List;

/**
 * Input refused field by field: every problem found, not only the first, so a hospital's
 * developer or an operator can correct them all at once. Nothing is stored.
 */
public class InvalidInput extends BusinessException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super("input.invalid", errors.size());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
