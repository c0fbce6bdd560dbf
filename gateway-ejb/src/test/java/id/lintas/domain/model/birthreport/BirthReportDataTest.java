package id.lintas.domain.model.birthreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.lintas.domain.model.person.Sex;
import id.lintas.domain.shared.FieldError;
import id.lintas.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class BirthReportDataTest {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z"); // 10.00 WIB
    static final byte[] PDF = "%PDF-1.7\n%scan".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    /** A complete, valid report: a girl born this morning, married parents. */
    static BirthReportForm valid() {
        return new BirthReportForm("RM-2026/000123",
                new BirthReportForm.Birth("2026-11-23T08:15:00+07:00", "RSUD Dr. R. Soetijono Blora", "doctor", "dr. Siti Rahma",
                        3200, 49, 1, "SINGLE"),
                new BirthReportForm.Child("Aisyah Putri", "FEMALE"),
                new BirthReportForm.Person("3316085811010001", "Sri Wahyuni"),
                new BirthReportForm.Person("3316080405990001", "Budi Santoso"),
                "3316080510220001",
                new BirthReportForm.Marriage("MARRIAGE_CERTIFICATE", "0123/45/VI/2022"),
                new BirthReportForm.Person("3316080405990001", "Budi Santoso"),
                List.of(new BirthReportForm.Person("3316081203850002", "Ahmad Yani"),
                        new BirthReportForm.Person("3316084507880003", "Dewi Lestari")),
                List.of(new BirthReportForm.Scan("KK", "kk.pdf", PDF), new BirthReportForm.Scan("MOTHER_ID", "ktp-ibu.png", PNG),
                        new BirthReportForm.Scan("FATHER_ID", "ktp-ayah.png", PNG),
                        new BirthReportForm.Scan("MARRIAGE_CERTIFICATE", "nikah.pdf", PDF)));
    }

    static BirthReportForm with(UnaryOperator<BirthReportForm> change) {
        return change.apply(valid());
    }

    private static List<FieldError> errors(BirthReportForm form) {
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> BirthReportData.validate(form, NOW, WIB));
        assertThat(e).as("refused").isNotNull();
        return e.errors();
    }

    private static List<String> fields(BirthReportForm form) {
        return errors(form).stream().map(f -> f.field() + ":" + f.key()).toList();
    }

    @Test
    void aCompleteReportIsAccepted() {
        BirthReportData r = BirthReportData.validate(valid(), NOW, WIB);
        assertThat(r.reference().value()).isEqualTo("RM-2026/000123");
        assertThat(r.bornAt()).isEqualTo(Instant.parse("2026-11-23T01:15:00Z"));
        assertThat(r.attendant()).isEqualTo(BirthAttendant.DOCTOR);
        assertThat(r.childSex()).isEqualTo(Sex.FEMALE);
        assertThat(r.mother().nik().value()).isEqualTo("3316085811010001");
        assertThat(r.witnesses()).hasSize(2);
        assertThat(r.scans()).extracting(BirthReportData.Scan::kind)
                .containsExactly(ScanKind.KK, ScanKind.MOTHER_ID, ScanKind.FATHER_ID, ScanKind.MARRIAGE_CERTIFICATE);
    }

    @Test
    void aLocalTimeIsTheOfficesAndBlanksAreTidied() {
        BirthReportData r = BirthReportData.validate(with(f -> new BirthReportForm(f.reference(),
                new BirthReportForm.Birth("2026-11-23T08:15", f.birth().place(), "MIDWIFE", "Bidan  Ani", 3200, 49, 1, "single"),
                new BirthReportForm.Child("  Aisyah   Putri ", "female"), f.mother(), f.father(), "3316 0805 1022 0001", f.marriage(),
                f.reporter(), f.witnesses(), f.scans())), NOW, WIB);
        assertThat(r.bornAt()).isEqualTo(Instant.parse("2026-11-23T01:15:00Z"));
        assertThat(r.childName()).isEqualTo("Aisyah Putri");
        assertThat(r.attendantName()).isEqualTo("Bidan Ani");
        assertThat(r.familyKk().value()).isEqualTo("3316080510220001");
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        List<String> f = fields(new BirthReportForm(null, null, null, null, null, null, null, null, null, null));
        assertThat(f).contains("reference:report.required", "birth.dateTime:report.required", "birth.place:report.required",
                "birth.attendant:report.required", "birth.weightGrams:report.required", "child.name:report.required",
                "child.sex:report.required", "mother:report.required", "familyKk:report.required",
                "marriage.evidence:report.required", "reporter:report.required", "witnesses:report.witnesses.two",
                "scans:report.required");
    }

    @Test
    void malformedNiksAreRefusedPerField() {
        List<String> f = fields(with(r -> new BirthReportForm(r.reference(), r.birth(), r.child(),
                new BirthReportForm.Person("33160858110100", "Sri Wahyuni"), new BirthReportForm.Person("3316083213990001", "Budi"),
                r.familyKk(), r.marriage(), r.reporter(), r.witnesses(), r.scans())));
        assertThat(f).anyMatch(s -> s.startsWith("mother.nik:nik.")).anyMatch(s -> s.startsWith("father.nik:nik."));
    }

    @Test
    void aMotherWhoseNikEncodesAManIsRefused() {
        List<String> f = fields(with(r -> new BirthReportForm(r.reference(), r.birth(), r.child(),
                new BirthReportForm.Person("3316081811010001", "Sri Wahyuni"), r.father(), r.familyKk(), r.marriage(),
                r.reporter(), r.witnesses(), r.scans())));
        assertThat(f).containsExactly("mother.nik:report.mother.notFemale");
    }

    @Test
    void aBirthInTheFutureOrLongAgoIsRefused() {
        assertThat(fields(withBirthTime("2026-11-24T08:15:00+07:00"))).containsExactly("birth.dateTime:report.birth.future");
        assertThat(fields(withBirthTime("2026-08-01T08:15:00+07:00"))).containsExactly("birth.dateTime:report.birth.tooOld");
        assertThat(fields(withBirthTime("23-11-2026 08:15"))).containsExactly("birth.dateTime:report.dateTime.invalid");
    }

    private static BirthReportForm withBirthTime(String time) {
        return with(r -> new BirthReportForm(r.reference(), new BirthReportForm.Birth(time, r.birth().place(), r.birth().attendant(),
                r.birth().attendantName(), 3200, 49, 1, "SINGLE"), r.child(), r.mother(), r.father(), r.familyKk(), r.marriage(),
                r.reporter(), r.witnesses(), r.scans()));
    }

    @Test
    void implausibleMeasuresAndUnknownChoicesAreRefused() {
        List<String> f = fields(with(r -> new BirthReportForm(r.reference(), new BirthReportForm.Birth(r.birth().dateTime(),
                r.birth().place(), "ALIEN", "dr. X", 12000, 5, 0, "QUINTUPLET"), new BirthReportForm.Child("Aisyah", "X"),
                r.mother(), r.father(), r.familyKk(), r.marriage(), r.reporter(), r.witnesses(), r.scans())));
        assertThat(f).containsExactlyInAnyOrder("birth.attendant:report.choice.invalid", "birth.weightGrams:report.range",
                "birth.lengthCm:report.range", "birth.birthOrder:report.range", "birth.multiplicity:report.choice.invalid",
                "child.sex:report.choice.invalid");
    }

    @Test
    void aScanIsJudgedByItsContentAndItsSize() {
        byte[] executable = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        byte[] huge = new byte[30 * 1024 * 1024];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        List<BirthReportForm.Scan> scans = new ArrayList<>(valid().scans());
        scans.set(0, new BirthReportForm.Scan("KK", "kk.pdf", executable));
        scans.set(1, new BirthReportForm.Scan("MOTHER_ID", "ktp.pdf", huge));
        List<FieldError> e = errors(with(r -> new BirthReportForm(r.reference(), r.birth(), r.child(), r.mother(), r.father(),
                r.familyKk(), r.marriage(), r.reporter(), r.witnesses(), scans)));
        assertThat(e).extracting(x -> x.field() + ":" + x.key()).containsExactlyInAnyOrder("scans[0].content:report.scan.type",
                "scans[1].content:report.scan.tooLarge", "scans:report.scan.missing", "scans:report.scan.missing");
        assertThat(e.get(0).message(Locale.forLanguageTag("id"))).contains("kk.pdf").contains("bukan PDF");
        assertThat(e.get(0).message(Locale.ENGLISH)).contains("kk.pdf").contains("not a PDF");
    }

    @Test
    void theSptjmReplacesTheMarriageCertificateButNeedsItsScan() {
        List<String> f = fields(with(r -> new BirthReportForm(r.reference(), r.birth(), r.child(), r.mother(), r.father(),
                r.familyKk(), new BirthReportForm.Marriage("SPTJM", null), r.reporter(), r.witnesses(), r.scans())));
        assertThat(f).containsExactly("scans:report.scan.missing");
    }

    @Test
    void anUnmarriedMotherNeedsNoFather() {
        BirthReportData r = BirthReportData.validate(with(f -> new BirthReportForm(f.reference(), f.birth(), f.child(), f.mother(),
                null, f.familyKk(), new BirthReportForm.Marriage("NONE", null), f.mother(), f.witnesses(),
                f.scans().subList(0, 2))), NOW, WIB);
        assertThat(r.fatherIfAny()).isEmpty();
        assertThat(fields(with(f -> new BirthReportForm(f.reference(), f.birth(), f.child(), f.mother(), null, f.familyKk(),
                f.marriage(), f.reporter(), f.witnesses(), f.scans())))).contains("father:report.father.requiredWhenMarried");
    }

    @Test
    void twoDistinctWitnessesAreRequired() {
        assertThat(fields(with(f -> new BirthReportForm(f.reference(), f.birth(), f.child(), f.mother(), f.father(), f.familyKk(),
                f.marriage(), f.reporter(), List.of(f.witnesses().get(0)), f.scans())))).containsExactly("witnesses:report.witnesses.two");
        assertThat(fields(with(f -> new BirthReportForm(f.reference(), f.birth(), f.child(), f.mother(), f.father(), f.familyKk(),
                f.marriage(), f.reporter(), List.of(f.witnesses().get(0), f.witnesses().get(0)), f.scans()))))
                .containsExactly("witnesses[1].nik:report.witnesses.same");
    }

    @Test
    void aReferenceWithOddCharactersIsRefused() {
        assertThat(fields(with(f -> new BirthReportForm("../etc/passwd", f.birth(), f.child(), f.mother(), f.father(),
                f.familyKk(), f.marriage(), f.reporter(), f.witnesses(), f.scans())))).containsExactly("reference:report.reference.invalid");
    }

    @Test
    void theFamilysContactIsOptionalButMustBeUsable() {
        BirthReportForm v = valid();
        BirthReportData r = BirthReportData.validate(new BirthReportForm(v.reference(), v.birth(), v.child(), v.mother(), v.father(),
                v.familyKk(), v.marriage(), v.reporter(), v.witnesses(), v.scans(),
                new BirthReportForm.Contact("Sri.Wahyuni@Contoh.id", "0812-3456-7890")), NOW, WIB);
        assertThat(r.contactEmail()).isEqualTo("sri.wahyuni@contoh.id");
        assertThat(r.contactPhone()).isEqualTo("081234567890");
        assertThat(r.detailsJson()).contains("\"contactEmail\":\"sri.wahyuni@contoh.id\"");
        assertThat(fields(new BirthReportForm(v.reference(), v.birth(), v.child(), v.mother(), v.father(), v.familyKk(),
                v.marriage(), v.reporter(), v.witnesses(), v.scans(), new BirthReportForm.Contact("bukan-surel", "12345"))))
                .containsExactly("contact.email:report.email.invalid", "contact.phone:report.phone.invalid");
    }
}
