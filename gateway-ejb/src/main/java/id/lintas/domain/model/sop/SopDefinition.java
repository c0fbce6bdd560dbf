package id.lintas.domain.model.sop;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A regency office's SOP (<i>Standar Operasional Prosedur</i>) for one service, as Lintas runs
 * it: its code (e.g. {@code SELINTAS}), version, title, the service standard promised for the
 * whole service, the ordered steps and the notes recording every inference from and correction
 * of the seed document. Built definitions are valid: see {@link StepSequence} for the rules.
 */
public final class SopDefinition implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private final String code;
    private final int version;
    private final String seed;
    private final LocalizedText title;
    private final String issuer;
    private final LocalizedText description;
    private final List<String> legalBasis;
    private final ServiceStandard serviceStandard;
    private final StepSequence steps;
    private final List<String> notes;
    private final Intake intake;

    private SopDefinition(Builder b) {
        if (b.code == null || !CODE.matcher(b.code).matches()) {
            throw new IllegalArgumentException("SOP code must be UPPER_SNAKE_CASE, was '" + b.code + "'");
        }
        this.code = b.code;
        if (b.version < 1) {
            throw invalid("version must be at least 1, was " + b.version);
        }
        this.version = b.version;
        this.seed = b.seed;
        this.title = required(b.title, "title");
        this.issuer = b.issuer;
        this.description = b.description;
        this.legalBasis = List.copyOf(b.legalBasis);
        this.serviceStandard = required(b.serviceStandard, "service standard");
        this.notes = List.copyOf(b.notes);
        this.intake = b.intake == null ? Intake.NEW_CASE : b.intake;
        try {
            this.steps = new StepSequence(b.steps);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
        checkSummedServiceTime();
        checkServiceClock();
        checkAwaitedSiakNumbers();
        checkApplicantSteps();
    }

    /** The applicant's steps ({@link StepDefinition#byApplicant}) are the first ones: what the resident does before the office. */
    private void checkApplicantSteps() {
        boolean office = false;
        for (StepDefinition step : steps.all()) {
            if (step.byApplicant() && office) {
                throw invalid("step '" + step.key() + "' is the applicant's, after a step of the office: the applicant's steps come first");
            }
            office |= !step.byApplicant();
        }
        if (!office) {
            throw invalid("every step is the applicant's: the office does none");
        }
    }

    /** The steps the applicant does from home, first in the SOP; a case opened from the resident's application begins with them done. */
    public List<StepDefinition> applicantSteps() {
        return steps.all().stream().takeWhile(StepDefinition::byApplicant).toList();
    }

    /** A step that waits for SIAK's numbers comes after a step that enters the data into SIAK. */
    private void checkAwaitedSiakNumbers() {
        boolean submitted = false;
        for (StepDefinition step : steps.all()) {
            if (step.awaits().orElse(null) == Awaited.SIAK_NUMBERS && !submitted) {
                throw invalid("step '" + step.key() + "' awaits SIAK's numbers but no earlier step enters data into SIAK"
                        + " (\"siak\": \"SUBMIT\")");
            }
            submitted |= step.siak().orElse(null) == SiakUse.SUBMIT;
        }
    }

    /** A service timed from a complete file (or recording) names the step that establishes it; others name none. */
    private void checkServiceClock() {
        long marked = steps.all().stream().filter(StepDefinition::startsServiceClock).count();
        boolean needsMark = serviceStandard.from()
                .map(start -> start != ServiceStandard.Start.APPLICATION_RECEIVED).orElse(false);
        if (needsMark && marked != 1) {
            throw invalid("the service time starts from " + serviceStandard.from().get()
                    + ": exactly one step must have startsServiceClock, found " + marked);
        }
        if (!needsMark && marked != 0) {
            throw invalid("only a service timed from a complete file or recording has a step with startsServiceClock");
        }
    }

    /** The step whose completion starts the service clock, if the clock does not start when the case opens. */
    public Optional<StepDefinition> serviceClockStep() {
        return steps.all().stream().filter(StepDefinition::startsServiceClock).findFirst();
    }

    private void checkSummedServiceTime() {
        if (serviceStandard.basis() != ServiceStandard.Basis.SUM_OF_STEPS) {
            return;
        }
        long sum = 0;
        for (StepDefinition step : steps.all()) {
            TimeStandard time = step.standard();
            if (time.unit() == TimeStandard.Unit.WORKING_DAYS || time.isPerItem()) {
                throw invalid("the service time cannot be summed: step '" + step.key() + "' takes " + time);
            }
            sum += time.duration().map(Duration::toMinutes).orElse(0L);
        }
        long promised = serviceStandard.time().duration().orElseThrow().toMinutes();
        if (promised != sum) {
            throw invalid("the service time is the sum of the steps, " + sum + " minutes, not " + promised);
        }
    }

    private <T> T required(T value, String what) {
        if (value == null) {
            throw invalid(what + " is missing");
        }
        return value;
    }

    private IllegalArgumentException invalid(String message) {
        return new IllegalArgumentException("SOP " + code + ", " + message);
    }

    public static Builder builder(String code) {
        return new Builder(code);
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    /** The name of the seed document the definition was made from, if known. */
    public Optional<String> seed() {
        return Optional.ofNullable(seed);
    }

    public LocalizedText title() {
        return title;
    }

    /** The office that issued the SOP, e.g. "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora". */
    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    public Optional<LocalizedText> description() {
        return Optional.ofNullable(description);
    }

    /** The SOP's <i>dasar hukum</i>: the laws and regulations it rests on. */
    public List<String> legalBasis() {
        return legalBasis;
    }

    public ServiceStandard serviceStandard() {
        return serviceStandard;
    }

    /** Through which channel its cases are opened: the new-case page unless the file says otherwise. */
    public Intake intake() {
        return intake;
    }

    public List<StepDefinition> steps() {
        return steps.all();
    }

    /** Every inference from and correction of the seed, for offices to check. */
    public List<String> notes() {
        return notes;
    }

    public Optional<StepDefinition> step(String key) {
        return steps.find(key);
    }

    public StepDefinition firstStep() {
        return steps.all().get(0);
    }

    public StepDefinition lastStep() {
        List<StepDefinition> all = steps.all();
        return all.get(all.size() - 1);
    }

    /** The step after the given one; empty after the last. */
    public Optional<StepDefinition> next(StepDefinition step) {
        steps.position(step);
        return step.next().map(steps::get);
    }

    /** Whether {@code earlier} comes before {@code later} in this SOP. */
    public boolean isBefore(StepDefinition earlier, StepDefinition later) {
        return steps.position(earlier) < steps.position(later);
    }

    @Override
    public String toString() {
        return code + " v" + version + " (" + steps.all().size() + " steps)";
    }

    /** Collects a definition's parts; {@link #build()} validates them. */
    public static final class Builder {
        private final String code;
        private int version = 1;
        private String seed;
        private LocalizedText title;
        private String issuer;
        private LocalizedText description;
        private final List<String> legalBasis = new ArrayList<>();
        private ServiceStandard serviceStandard;
        private final List<StepDefinition> steps = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private Intake intake;

        private Builder(String code) {
            this.code = code;
        }

        public Builder version(int version) {
            this.version = version;
            return this;
        }

        public Builder seed(String seed) {
            this.seed = seed;
            return this;
        }

        public Builder title(LocalizedText title) {
            this.title = title;
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder description(LocalizedText description) {
            this.description = description;
            return this;
        }

        public Builder legalBasis(String law) {
            legalBasis.add(Keys.requireText(law, "legal basis"));
            return this;
        }

        public Builder serviceStandard(ServiceStandard serviceStandard) {
            this.serviceStandard = serviceStandard;
            return this;
        }

        public Builder intake(Intake intake) {
            this.intake = intake;
            return this;
        }

        public Builder step(StepDefinition step) {
            steps.add(Objects.requireNonNull(step));
            return this;
        }

        public Builder note(String note) {
            notes.add(Keys.requireText(note, "note"));
            return this;
        }

        public SopDefinition build() {
            return new SopDefinition(this);
        }
    }
}
