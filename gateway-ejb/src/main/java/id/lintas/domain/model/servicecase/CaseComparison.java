package id.lintas.domain.model.servicecase;

import id.lintas.domain.model.siak.Comparison;
import id.lintas.domain.model.siak.FieldComparison;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence that a step compared the file's data with SIAK: who, when, for which NIK (and item),
 * and the result field by field.
 */
@Embeddable
public class CaseComparison {
    @Column(name = "step_key", nullable = false, length = 60)
    private String stepKey;

    @Column(name = "item_no")
    private Integer itemNo;

    /** Which visit of the step (1 for the first, 2 after the file came back once, ...). */
    @Column(nullable = false)
    private int visit;

    @Column(nullable = false, length = 16)
    private String nik;

    @Column(name = "compared_at", nullable = false)
    private Instant comparedAt;

    @Column(name = "compared_by", nullable = false, length = 60)
    private String comparedBy;

    @Column(name = "all_match", nullable = false)
    private boolean allMatch;

    /** One line a field: name, submitted, SIAK's value, 1 or 0, separated by tabs. */
    @Column(nullable = false, length = 4000)
    private String fields;

    protected CaseComparison() {
    }

    CaseComparison(String stepKey, Integer itemNo, int visit, Comparison comparison, Actor by, Instant at) {
        this.stepKey = stepKey;
        this.itemNo = itemNo;
        this.visit = visit;
        this.nik = comparison.nik();
        this.comparedAt = at;
        this.comparedBy = by.username();
        this.allMatch = comparison.allMatch();
        StringBuilder lines = new StringBuilder();
        for (FieldComparison f : comparison.fields()) {
            lines.append(clean(f.field())).append('\t').append(clean(f.submitted())).append('\t')
                    .append(clean(f.registered())).append('\t').append(f.matches() ? '1' : '0').append('\n');
        }
        this.fields = lines.toString();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    public String stepKey() {
        return stepKey;
    }

    public Integer itemNo() {
        return itemNo;
    }

    public int visit() {
        return visit;
    }

    public String nik() {
        return nik;
    }

    public Instant comparedAt() {
        return comparedAt;
    }

    public String comparedBy() {
        return comparedBy;
    }

    public boolean allMatch() {
        return allMatch;
    }

    public List<FieldComparison> fields() {
        List<FieldComparison> list = new ArrayList<>();
        for (String line : fields.split("\n")) {
            if (!line.isEmpty()) {
                String[] p = line.split("\t", -1);
                list.add(new FieldComparison(p[0], p[1], p[2], "1".equals(p[3])));
            }
        }
        return list;
    }
}
