package id.lintas.domain.model.birthreport;

import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import id.lintas.domain.model.servicecase.FileKind;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.FieldError;
import id.lintas.domain.shared.InvalidInput;
import id.lintas.domain.shared.Jsons;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A birth report that passed every check: what a hospital tells the office about a baby born
 * there, with the scans of the documents the SELINTAS service needs. Checked field by field, so
 * a refusal lists everything wrong at once:
 * <ul>
 * <li>names of 1-100 letters, blanks and {@code . , ' -}; NIKs and the KK number valid (16
 * digits, a real region and date); the mother's NIK a woman's (day + 40), the father's a man's;</li>
 * <li>the birth not in the future nor more than {@value #MAX_AGE_DAYS} days ago (SELINTAS is
 * for newborns), weight 300-7000 g, length 20-70 cm, order 1-20, a known multiplicity;</li>
 * <li>a marriage certificate number when that is the evidence; a father when the parents are
 * married (certificate or SPTJM);</li>
 * <li>the reporter and exactly two witnesses, none of them the baby's parents' duplicate;</li>
 * <li>scans that are PDF, JPEG or PNG by content (not by name), at most {@value #MAX_SCAN_MB}
 * MB each and {@value #MAX_SCANS} in all, with the KK and the mother's KTP-el, the father's
 * when there is a father, and the marriage certificate or the SPTJM as declared.</li>
 * </ul>
 */
public record BirthReportData(HospitalReference reference, Instant bornAt, String place, BirthAttendant attendant,
        String attendantName, int weightGrams, int lengthCm, int birthOrder, Multiplicity multiplicity, String childName,
        Sex childSex, Party mother, Party father, KkNumber familyKk, MarriageEvidence marriage, String marriageNumber,
        Party reporter, List<Party> witnesses, List<Scan> scans, String contactEmail, String contactPhone)
        implements Serializable {
    public static final int MAX_AGE_DAYS = 60;
    public static final int MAX_SCAN_MB = 5;
    public static final int MAX_SCANS = 10;
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L} .,'-]{0,99}");
    private static final Pattern PLACE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9 .,'()/-]{0,99}");
    private static final Pattern CERTIFICATE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]{0,59}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}");
    /** An Indonesian mobile number: 08.. or +628.., 10-13 digits in all. */
    private static final Pattern PHONE = Pattern.compile("(\\+62|0)8[0-9]{8,11}");

    /** A person named in the report by NIK and name. */
    public record Party(Nik nik, String name) implements Serializable {
    }

    /** A scan whose kind was recognised from its content. */
    public record Scan(ScanKind kind, String fileName, FileKind fileKind, byte[] content) implements Serializable {
    }

    public BirthReportData {
        witnesses = List.copyOf(witnesses);
        scans = List.copyOf(scans);
    }

    public java.util.Optional<Party> fatherIfAny() {
        return java.util.Optional.ofNullable(father);
    }

    /**
     * Checks a report as received at {@code now}; a date-time without an offset is in the office's
     * {@code zone}.
     *
     * @throws InvalidInput listing every field that is wrong
     */
    public static BirthReportData validate(BirthReportForm form, Instant now, ZoneId zone) {
        Checks c = new Checks();
        if (form == null) {
            throw new InvalidInput(List.of(FieldError.of("", "report.missing")));
        }
        HospitalReference reference = c.value("reference", form.reference(), HospitalReference::new);

        BirthReportForm.Birth b = form.birth() == null ? new BirthReportForm.Birth(null, null, null, null, null, null, null, null)
                : form.birth();
        Instant bornAt = c.value("birth.dateTime", b.dateTime(), text -> moment(text, zone));
        if (bornAt != null && bornAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            c.add("birth.dateTime", "report.birth.future");
        } else if (bornAt != null && bornAt.isBefore(now.minus(Duration.ofDays(MAX_AGE_DAYS)))) {
            c.add("birth.dateTime", "report.birth.tooOld", MAX_AGE_DAYS);
        }
        String place = c.text("birth.place", b.place(), PLACE);
        BirthAttendant attendant = c.choice("birth.attendant", b.attendant(), BirthAttendant.class);
        String attendantName = c.text("birth.attendantName", b.attendantName(), NAME);
        Integer weight = c.range("birth.weightGrams", b.weightGrams(), 300, 7000);
        Integer length = c.range("birth.lengthCm", b.lengthCm(), 20, 70);
        Integer order = c.range("birth.birthOrder", b.birthOrder(), 1, 20);
        Multiplicity multiplicity = c.choice("birth.multiplicity", b.multiplicity(), Multiplicity.class);

        BirthReportForm.Child child = form.child() == null ? new BirthReportForm.Child(null, null) : form.child();
        String childName = c.text("child.name", child.name(), NAME);
        Sex childSex = c.choice("child.sex", child.sex(), Sex.class);

        Party mother = c.party("mother", form.mother(), true);
        if (mother != null && mother.nik().sex() != Sex.FEMALE) {
            c.add("mother.nik", "report.mother.notFemale");
        }
        Party father = c.party("father", form.father(), false);
        if (father != null && father.nik().sex() != Sex.MALE) {
            c.add("father.nik", "report.father.notMale");
        }
        if (mother != null && father != null && mother.nik().equals(father.nik())) {
            c.add("father.nik", "report.parents.same");
        }
        KkNumber kk = c.value("familyKk", form.familyKk(), KkNumber::of);

        BirthReportForm.Marriage m = form.marriage() == null ? new BirthReportForm.Marriage(null, null) : form.marriage();
        MarriageEvidence marriage = c.choice("marriage.evidence", m.evidence(), MarriageEvidence.class);
        String marriageNumber = null;
        if (marriage == MarriageEvidence.MARRIAGE_CERTIFICATE) {
            marriageNumber = c.text("marriage.number", m.number(), CERTIFICATE);
        }
        if (marriage != null && marriage != MarriageEvidence.NONE && form.father() == null) {
            c.add("father", "report.father.requiredWhenMarried");
        }

        Party reporter = c.party("reporter", form.reporter(), true);
        List<Party> witnesses = new ArrayList<>();
        List<BirthReportForm.Person> sentWitnesses = form.witnesses() == null ? List.of() : form.witnesses();
        if (sentWitnesses.size() != 2) {
            c.add("witnesses", "report.witnesses.two", sentWitnesses.size());
        }
        for (int i = 0; i < sentWitnesses.size() && i < 2; i++) {
            Party w = c.party("witnesses[" + i + "]", sentWitnesses.get(i), true);
            if (w != null) {
                witnesses.add(w);
            }
        }
        if (witnesses.size() == 2 && witnesses.get(0).nik().equals(witnesses.get(1).nik())) {
            c.add("witnesses[1].nik", "report.witnesses.same");
        }

        List<Scan> scans = c.scans(form.scans());
        if (scans != null) {
            Set<ScanKind> present = EnumSet.noneOf(ScanKind.class);
            scans.forEach(s -> present.add(s.kind()));
            Set<ScanKind> needed = EnumSet.of(ScanKind.KK, ScanKind.MOTHER_ID);
            if (form.father() != null) {
                needed.add(ScanKind.FATHER_ID);
            }
            if (marriage == MarriageEvidence.MARRIAGE_CERTIFICATE) {
                needed.add(ScanKind.MARRIAGE_CERTIFICATE);
            } else if (marriage == MarriageEvidence.SPTJM) {
                needed.add(ScanKind.SPTJM);
            }
            needed.removeAll(present);
            needed.forEach(kind -> c.add("scans", "report.scan.missing", kind.name() + " (" + kind.label() + ")"));
        }

        String email = null;
        String phone = null;
        if (form.contact() != null) {
            if (form.contact().email() != null && !form.contact().email().isBlank()) {
                email = c.value("contact.email", form.contact().email(), t -> {
                    if (!EMAIL.matcher(t).matches() || t.length() > 200) {
                        throw new BusinessException("report.email.invalid");
                    }
                    return t.toLowerCase(Locale.ROOT);
                });
            }
            if (form.contact().phone() != null && !form.contact().phone().isBlank()) {
                phone = c.value("contact.phone", form.contact().phone(), t -> {
                    String digits = t.replaceAll("[\\s.-]", "");
                    if (!PHONE.matcher(digits).matches()) {
                        throw new BusinessException("report.phone.invalid");
                    }
                    return digits;
                });
            }
        }

        c.throwIfAny();
        return new BirthReportData(reference, bornAt, place, attendant, attendantName, weight, length, order, multiplicity,
                childName, childSex, mother, father, kk, marriage, marriageNumber, reporter, witnesses, scans, email, phone);
    }

    private static Instant moment(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new BusinessException("report.dateTime.invalid", text);
            }
        }
    }

    /**
     * A SHA-256 over everything the report says, scans included (by their own SHA-256): equal for
     * the same report sent twice, whatever the JSON or XML around it looked like.
     */
    public String fingerprint() {
        StringBuilder b = new StringBuilder();
        for (Object part : new Object[] {reference.value(), bornAt, place, attendant, attendantName, weightGrams, lengthCm,
            birthOrder, multiplicity, childName, childSex, mother, father, familyKk.value(), marriage, marriageNumber,
            reporter, witnesses, contactEmail, contactPhone}) {
            b.append(part).append('\u001f');
        }
        scans.forEach(s -> b.append(s.kind()).append('/').append(s.fileName()).append('/').append(sha256(s.content())).append('\u001f'));
        return sha256(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The report's details as JSON, kept with it: what the case's own columns do not hold. */
    public String detailsJson() {
        jakarta.json.JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("bornAt", bornAt.toString()).add("place", place).add("attendant", attendant.name())
                .add("attendantName", attendantName).add("weightGrams", weightGrams).add("lengthCm", lengthCm)
                .add("birthOrder", birthOrder).add("multiplicity", multiplicity.name()).add("marriage", marriage.name())
                .add("reporter", party(reporter)).add("childName", childName).add("childSex", childSex.name())
                .add("mother", party(mother)).add("familyKk", familyKk.value());
        if (father != null) {
            json.add("father", party(father));
        }
        if (marriageNumber != null) {
            json.add("marriageNumber", marriageNumber);
        }
        if (contactEmail != null) {
            json.add("contactEmail", contactEmail);
        }
        if (contactPhone != null) {
            json.add("contactPhone", contactPhone);
        }
        jakarta.json.JsonArrayBuilder w = Jsons.createArrayBuilder();
        witnesses.forEach(p -> w.add(party(p)));
        return json.add("witnesses", w).build().toString();
    }

    private static jakarta.json.JsonObjectBuilder party(Party p) {
        return Jsons.createObjectBuilder().add("nik", p.nik().value()).add("name", p.name());
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The local birth date and time in {@code zone}. */
    public ZonedDateTime bornAt(ZoneId zone) {
        return bornAt.atZone(zone);
    }

    /** Collects the errors of one report. */
    private static final class Checks {
        private final List<FieldError> errors = new ArrayList<>();

        void add(String field, String key, Object... args) {
            errors.add(FieldError.of(field, key, args));
        }

        <T> T value(String field, String text, Function<String, T> parse) {
            if (text == null || text.isBlank()) {
                add(field, "report.required");
                return null;
            }
            try {
                return parse.apply(text.strip());
            } catch (BusinessException e) {
                errors.add(new FieldError(field, e.key(), e.args()));
                return null;
            }
        }

        String text(String field, String text, Pattern format) {
            return value(field, text, t -> {
                String normal = t.replaceAll("\\s+", " ");
                if (!format.matcher(normal).matches()) {
                    throw new BusinessException(format == NAME ? "report.name.invalid" : "report.text.invalid");
                }
                return normal;
            });
        }

        <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
            return value(field, text, t -> {
                try {
                    return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new BusinessException("report.choice.invalid", t,
                            String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
                }
            });
        }

        Integer range(String field, Integer value, int min, int max) {
            if (value == null) {
                add(field, "report.required");
                return null;
            }
            if (value < min || value > max) {
                add(field, "report.range", value, min, max);
                return null;
            }
            return value;
        }

        Party party(String field, BirthReportForm.Person person, boolean required) {
            if (person == null) {
                if (required) {
                    add(field, "report.required");
                }
                return null;
            }
            Nik nik = value(field + ".nik", person.nik(), Nik::of);
            String name = text(field + ".name", person.name(), NAME);
            return nik == null || name == null ? null : new Party(nik, name);
        }

        List<Scan> scans(List<BirthReportForm.Scan> sent) {
            if (sent == null || sent.isEmpty()) {
                add("scans", "report.required");
                return null;
            }
            if (sent.size() > MAX_SCANS) {
                add("scans", "report.scan.tooMany", sent.size(), MAX_SCANS);
                return null;
            }
            List<Scan> scans = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                BirthReportForm.Scan s = sent.get(i);
                String field = "scans[" + i + "]";
                ScanKind kind = choice(field + ".kind", s.kind(), ScanKind.class);
                String fileName = s.fileName() == null || s.fileName().isBlank() ? "scan-" + (i + 1)
                        : s.fileName().strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
                if (fileName.length() > 120) {
                    fileName = fileName.substring(fileName.length() - 120);
                }
                byte[] content = s.content();
                if (content != null && content.length > MAX_SCAN_MB * 1024 * 1024) {
                    add(field + ".content", "report.scan.tooLarge", fileName, content.length / (1024 * 1024), MAX_SCAN_MB);
                    continue;
                }
                FileKind fileKind;
                try {
                    fileKind = FileKind.of(content);
                } catch (BusinessException e) {
                    add(field + ".content", "report.scan.type", fileName);
                    continue;
                }
                if (kind != null) {
                    scans.add(new Scan(kind, fileName, fileKind, content));
                }
            }
            return scans;
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}
