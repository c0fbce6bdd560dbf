package id.lintas.domain.model.siak;

import java.util.List;

/** The field-by-field comparison of submitted data with SIAK, kept on a case as evidence. */
public record Comparison(String nik, List<FieldComparison> fields) {
    public Comparison {
        fields = List.copyOf(fields);
    }

    public boolean allMatch() {
        return fields.stream().allMatch(FieldComparison::matches);
    }

    public List<FieldComparison> mismatches() {
        return fields.stream().filter(f -> !f.matches()).toList();
    }
}
