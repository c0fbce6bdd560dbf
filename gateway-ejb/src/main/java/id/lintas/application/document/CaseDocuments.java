package id.lintas.application.document;

import id.lintas.application.siak.SiakOutbox;
import id.lintas.domain.model.birthreport.BirthReportRepository;
import id.lintas.domain.model.document.DeedNumber;
import id.lintas.domain.model.document.DocumentType;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.identity.UserAccount;
import id.lintas.domain.model.identity.UserAccountRepository;
import id.lintas.domain.model.office.Institution;
import id.lintas.domain.model.office.InstitutionType;
import id.lintas.domain.model.office.Office;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import id.lintas.domain.model.servicecase.CaseItem;
import id.lintas.domain.model.servicecase.CasePerson;
import id.lintas.domain.model.servicecase.PersonRelation;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.model.siak.Family;
import id.lintas.domain.model.siak.Resident;
import id.lintas.domain.model.siak.SiakNumbers;
import id.lintas.domain.model.sop.ItemKind;
import id.lintas.domain.model.sop.Schedule;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.service.PopulationRegistry;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.Jsons;
import id.lintas.infrastructure.documents.Address;
import id.lintas.infrastructure.documents.BirthCertificate;
import id.lintas.infrastructure.documents.ChildIdentityCard;
import id.lintas.infrastructure.documents.CivilDocuments;
import id.lintas.infrastructure.documents.CivilIssue;
import id.lintas.infrastructure.documents.CoverLetter;
import id.lintas.infrastructure.documents.FamilyCard;
import id.lintas.infrastructure.documents.Letter;
import id.lintas.infrastructure.documents.PdfDocuments;
import id.lintas.infrastructure.documents.ReplyLetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one {@link DocumentDrafter}: renders what a case's signing step issues from the case, SIAK
 * and the office.
 *
 * <ul>
 * <li>{@link DocumentType#AKTA_KELAHIRAN}, {@link DocumentType#KK}, {@link DocumentType#KIA} of a
 * birth (SELINTAS {@code sign_documents}): the child, the parents and the place of birth from the
 * case, the birth order from the hospital's birth report, the NIK, nomor KK and nomor akta that
 * SIAK issued for the case's draft (refused with {@code documents.siakNotNumbered} until SIAK has
 * numbered it), and for the KK and the KIA the family SIAK keeps under that KK (head, address,
 * members), with the newborn added as ANAK when SIAK does not list it yet. The KIA of a newborn
 * has no photo. The KK's {@link Draft#subjectNik() subject} is its head of family (the card is the
 * head's, "Nama Kepala Keluarga"); the deed's and the KIA's is the child.</li>
 * <li>{@link DocumentType#KK} and {@link DocumentType#KIA} applied for by a resident (DIK JAMILA
 * ME-WA {@code kadis_sign}, a case without a newborn): the holder is the case's person with a
 * NIK (the applicant; for a KIA the child), and the card shows what SIAK keeps after the SIAK entry:
 * the holder's family under its KK (head, address, members) or, for the KIA, the child, refused
 * when 17 or older. From 5 years the KIA carries the photo attached as the child's "pas foto".</li>
 * <li>{@link DocumentType#AKTA_KEMATIAN} of a death (DIK JAMILA ME-WA applied for it): the
 * deceased, the date and place of death from the case, the nomor akta SIAK issued for the case's
 * death draft (tried again later while SIAK is numbering it, refused with {@code
 * documents.deathNotNumbered} when no such draft is on its way), the name, sex and
 * birth as SIAK keeps them.</li>
 * <li>{@link DocumentType#SURAT_BALASAN} of an outreach request (SI JARAN IJO
 * {@code sign_reply_letter}): the reply to the requesting village, listing the case's active
 * targets (their address from SIAK when the target's NIK is known), "jadwal menyusul" with the
 * SOP's rhythm (the case holds no date yet), and the request for an escort. Its number is
 * {@code 470/<serial>/<office code>/<year>}: 470 is the archive classification of population
 * administration (kependudukan), the serial is the case's (the digits ending its case number,
 * unique in the office), the year is the year of issue, e.g. {@code 470/42/3316/2026}.</li>
 * </ul>
 *
 * <p>Every document names the office's active KADIS account as the signer. A case that lacks what
 * the document needs is refused with a {@link BusinessException} (not retried); the records'
 * own refusals of impossible data become {@code documents.invalidData}. SIAK being unreachable is
 * an {@link IllegalStateException}, so the relay retries later.
 *
 * <p>A CDI bean, not an EJB: it runs in the relay's transaction and its refusals do not mark that
 * transaction for rollback, so the relay can record them. Stateless and thread-safe.
 */
@ApplicationScoped
public class CaseDocuments implements DocumentDrafter {
    /** The archive classification code of population administration (kependudukan). */
    static final String LETTER_CLASSIFICATION = "470";
    static final String DINAS = "Dinas Kependudukan dan Pencatatan Sipil";
    /** SIAK's relation of a child to the head of family, and its words for a newborn's facts. */
    static final String CHILD = "ANAK";
    static final String HEAD = "KEPALA KELUARGA";
    private static final Pattern TRAILING_DIGITS = Pattern.compile("([0-9]+)$");

    @Inject
    ServiceCaseRepository cases;

    @Inject
    BirthReportRepository reports;

    @Inject
    OfficeRepository offices;

    @Inject
    UserAccountRepository accounts;

    @Inject
    SiakOutbox siak;

    @Inject
    PopulationRegistry registry;

    private final CivilDocuments civil = new CivilDocuments();
    private final PdfDocuments letters = new PdfDocuments();

    @Override
    public Draft draft(long caseId, DocumentType type, URI verificationUrl, Instant issuedAt) {
        ServiceCase c = cases.find(caseId).orElseThrow(() -> new BusinessException("documents.caseNotFound", String.valueOf(caseId)));
        Office office = offices.find(c.officeId()).orElseThrow(() -> new IllegalStateException("no office " + c.officeId()));
        Letter.Signer kadis = kadis(office);
        ZonedDateTime issued = issuedAt.atZone(office.timeZone());
        try {
            return switch (type) {
                case AKTA_KELAHIRAN -> birthCertificate(new Birth(caseId, c), issue(office, kadis, issued, verificationUrl));
                case KK -> isBirth(c) ? familyCard(new Birth(caseId, c), office, issue(office, kadis, issued, verificationUrl))
                        : residentsFamilyCard(holder(c, type), c, office, issue(office, kadis, issued, verificationUrl));
                case KIA -> isBirth(c) ? childIdentityCard(new Birth(caseId, c), office, issue(office, kadis, issued, verificationUrl))
                        : residentsChildCard(holder(c, type), c, office, issue(office, kadis, issued, verificationUrl));
                case AKTA_KEMATIAN -> deathCertificate(caseId, c, issue(office, kadis, issued, verificationUrl));
                case SURAT_BALASAN -> replyLetter(c, office, new Letter(letterhead(office), letterNumber(caseId, c, office, issued),
                        issued, kadis, verificationUrl));
                default -> throw new BusinessException("documents.notDrafted", type.indonesianName(), c.caseNumber());
            };
        } catch (IllegalArgumentException impossible) {
            throw new BusinessException("documents.invalidData", type.indonesianName(), c.caseNumber(), impossible.getMessage());
        }
    }

    // ------------------------------------------------------------------ a birth: akta, KK, KIA

    /** What a birth's documents share: the case, its child and what SIAK numbered. */
    private final class Birth {
        final long caseId;
        final ServiceCase c;
        final CasePerson child;
        final Map<String, String> numbers;

        Birth(long caseId, ServiceCase c) {
            this.caseId = caseId;
            this.c = c;
            this.child = person(c, PersonRelation.CHILD).orElseThrow(() -> new BusinessException("documents.noChild", c.caseNumber()));
            SiakNumbers issued = SiakNumbers.of(siak.ofCase(caseId));
            if (!issued.issued()) {
                throw new BusinessException("documents.siakNotNumbered", c.caseNumber());
            }
            this.numbers = issued.numbers();
        }

        String number(String field) {
            String value = numbers.get(field);
            if (value == null || value.isBlank()) {
                throw new BusinessException("documents.siakNotNumbered", c.caseNumber());
            }
            return value;
        }

        Nik nik() {
            return new Nik(number("NIK"));
        }

        KkNumber kk() {
            String issued = numbers.get("NO_KK");
            if (issued != null && !issued.isBlank()) {
                return new KkNumber(issued);
            }
            return c.familyKk().orElseThrow(() -> new BusinessException("documents.siakNotNumbered", c.caseNumber()));
        }

        Sex sex() {
            return child.sex().orElseThrow(() -> new BusinessException("documents.birthDataMissing", c.caseNumber()));
        }

        LocalDate bornOn() {
            return child.birthDate().orElseThrow(() -> new BusinessException("documents.birthDataMissing", c.caseNumber()));
        }

        String birthPlace(Office office) {
            return child.birthPlace().orElse(office.seat());
        }

        Optional<String> father() {
            return person(c, PersonRelation.FATHER).map(CasePerson::name);
        }

        String mother() {
            return person(c, PersonRelation.MOTHER).map(CasePerson::name)
                    .orElseThrow(() -> new BusinessException("documents.birthDataMissing", c.caseNumber()));
        }

        /**
         * Anak ke-: the birth order the hospital reported; for a birth registered from a resident's
         * application (no hospital report), the mother's children SIAK's KK lists as born before
         * this one, plus one.
         */
        int order() {
            Optional<String> reported = reports.ofCase(caseId).map(r -> r.details());
            if (reported.isEmpty()) {
                return orderInFamily(this);
            }
            String details = reported.get();
            try (var reader = Jsons.createReader(new StringReader(details))) {
                JsonObject json = reader.readObject();
                if (!json.containsKey("birthOrder")) {
                    throw new BusinessException("documents.birthDataMissing", c.caseNumber());
                }
                return json.getInt("birthOrder");
            }
        }
    }

    /** The child's place among its mother's children on the family's KK (SIAK's, which lists the newborn once numbered). */
    private int orderInFamily(Birth birth) {
        Optional<String> motherNik = person(birth.c, PersonRelation.MOTHER).flatMap(CasePerson::nik).map(n -> n.value());
        LocalDate bornOn = birth.bornOn();
        Nik child = birth.nik();
        long before = family(birth.kk(), birth.c).members().stream().map(Family.Member::resident)
                .filter(r -> CHILD.equalsIgnoreCase(r.familyRelation()) && !r.nik().equals(child))
                .filter(r -> motherNik.isEmpty() || r.motherNik() == null || motherNik.get().equals(r.motherNik()))
                .filter(r -> r.birthDate() != null && !r.birthDate().isAfter(bornOn)).count();
        return (int) before + 1;
    }

    private Draft birthCertificate(Birth birth, CivilIssue issue) {
        Nik nik = birth.nik();
        DeedNumber deed = DeedNumber.of(birth.number("NO_AKTA_LHR"));
        String name = birth.child.name();
        byte[] pdf = civil.birthCertificate(new BirthCertificate(issue, nik, deed, name, birth.bornOn(),
                birth.child.birthPlace().orElse(issue.city()), birth.order(), birth.sex(), birth.father().orElse(null),
                birth.mother()));
        return new Draft(deed.value(), nik, name, issue.issuedAt().toLocalDate(), pdf);
    }

    private Draft familyCard(Birth birth, Office office, CivilIssue issue) {
        Nik child = birth.nik();
        KkNumber kk = birth.kk();
        Family family = family(kk, birth.c);
        List<FamilyCard.Member> members = new ArrayList<>();
        for (Family.Member member : family.members()) {
            members.add(member(member, issue.issuedAt().toLocalDate()));
        }
        if (family.members().stream().noneMatch(m -> child.equals(m.resident().nik()))) {
            members.add(newborn(birth, child, office));
        }
        Family.Member head = head(family, birth.c);
        String headName = head.resident().fullName();
        byte[] pdf = civil.familyCard(new FamilyCard(issue, kk, headName, address(family, office), members));
        return new Draft(kk.value(), head.resident().nik(), headName, issue.issuedAt().toLocalDate(), pdf);
    }

    private Draft childIdentityCard(Birth birth, Office office, CivilIssue issue) {
        Nik nik = birth.nik();
        KkNumber kk = birth.kk();
        Family family = family(kk, birth.c);
        String name = birth.child.name();
        byte[] pdf = civil.childIdentityCard(new ChildIdentityCard(issue, nik, name, birth.birthPlace(office), birth.bornOn(),
                birth.sex(), kk, head(family, birth.c).resident().fullName(), address(family, office), null));
        return new Draft(nik.value(), nik, name, issue.issuedAt().toLocalDate(), pdf);
    }

    /** A member as SIAK lists it; a sex or birth date SIAK leaves out is read from the NIK. */
    private static FamilyCard.Member member(Family.Member member, LocalDate today) {
        Resident r = member.resident();
        return new FamilyCard.Member(r.fullName(), r.nik(), r.sex() != null ? r.sex() : r.nik().sex(), r.birthPlace(),
                r.birthDate() != null ? r.birthDate() : r.nik().birthDate(today), member.religion(), member.education(),
                member.occupation(), member.maritalStatus(), r.familyRelation(), null, member.fatherName(),
                member.motherName());
    }

    /** The newborn's row, in SIAK's capitals and words, as SIAK will list it once it does. */
    private static FamilyCard.Member newborn(Birth birth, Nik nik, Office office) {
        return new FamilyCard.Member(upper(birth.child.name()), nik, birth.sex(), upper(birth.birthPlace(office)),
                birth.bornOn(), null, "TIDAK/BELUM SEKOLAH", "BELUM/TIDAK BEKERJA", "BELUM KAWIN", CHILD, null,
                birth.father().map(CaseDocuments::upper).orElse(null), upper(birth.mother()));
    }

    /** The family SIAK keeps under the KK; SIAK unreachable is retried, a KK SIAK does not know is refused. */
    private Family family(KkNumber kk, ServiceCase c) {
        Optional<Family> family = siak(() -> registry.family(kk));
        return family.orElseThrow(() -> new BusinessException("documents.familyUnknown", kk.value(), c.caseNumber()));
    }

    /** The member SIAK lists as KEPALA KELUARGA, or the one with the head's name. */
    private static Family.Member head(Family family, ServiceCase c) {
        return family.members().stream().filter(m -> HEAD.equalsIgnoreCase(m.resident().familyRelation())).findFirst()
                .or(() -> family.head().flatMap(name -> family.members().stream()
                        .filter(m -> name.equalsIgnoreCase(m.resident().fullName())).findFirst()))
                .orElseThrow(() -> new BusinessException("documents.familyNoHead", family.number().value(), c.caseNumber()));
    }

    /** The family's address; the regency and province are the office's, which issues only for its own residents. */
    private static Address address(Family family, Office office) {
        return new Address(family.street(), family.rt(), family.rw(), family.village(), family.district(), office.name(),
                office.province());
    }

    // ------------------------------------------------------------------ a resident's KK or KIA, from SIAK

    /** A case about a newborn (it names the child), whose documents come from the birth; as SiakPayloads submits it. */
    private static boolean isBirth(ServiceCase c) {
        return person(c, PersonRelation.CHILD).isPresent();
    }

    /** The resident a card is issued to: the case's person with a NIK, as SIAK knows them. */
    private Resident holder(ServiceCase c, DocumentType type) {
        Nik nik = c.persons().stream().map(CasePerson::nik).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new BusinessException("documents.noHolder", c.caseNumber(), type.indonesianName()));
        return siak(() -> registry.resident(nik))
                .orElseThrow(() -> new BusinessException("documents.residentUnknown", nik.value(), c.caseNumber()));
    }

    private Draft residentsFamilyCard(Resident holder, ServiceCase c, Office office, CivilIssue issue) {
        KkNumber kk = kkOf(holder, c);
        Family family = family(kk, c);
        LocalDate today = issue.issuedAt().toLocalDate();
        List<FamilyCard.Member> members = family.members().stream().map(m -> member(m, today)).toList();
        Family.Member head = head(family, c);
        String headName = head.resident().fullName();
        byte[] pdf = civil.familyCard(new FamilyCard(issue, kk, headName, address(family, office), members));
        return new Draft(kk.value(), head.resident().nik(), headName, today, pdf);
    }

    private Draft residentsChildCard(Resident child, ServiceCase c, Office office, CivilIssue issue) {
        LocalDate today = issue.issuedAt().toLocalDate();
        Nik nik = child.nik();
        LocalDate bornOn = child.birthDate() != null ? child.birthDate() : nik.birthDate(today);
        if (!bornOn.plusYears(17).isAfter(today)) {
            throw new BusinessException("documents.notAChild", child.fullName(), nik.value(), c.caseNumber());
        }
        KkNumber kk = kkOf(child, c);
        Family family = family(kk, c);
        byte[] photo = null;
        if (!bornOn.plusYears(ChildIdentityCard.PHOTO_FROM_AGE).isAfter(today)) {
            photo = photo(c).orElseThrow(() -> new BusinessException("documents.noPhoto", child.fullName(), c.caseNumber()));
        }
        byte[] pdf = civil.childIdentityCard(new ChildIdentityCard(issue, nik, child.fullName(),
                child.birthPlace() != null ? child.birthPlace() : office.seat(), bornOn,
                child.sex() != null ? child.sex() : nik.sex(), kk, head(family, c).resident().fullName(),
                address(family, office), photo));
        return new Draft(nik.value(), nik, child.fullName(), today, pdf);
    }

    /**
     * The child's photo for a KIA from 5 years: the latest photo (JPEG or PNG) attached under a
     * "pas foto" requirement (the KIA service's "Pas foto anak berwarna").
     */
    private static Optional<byte[]> photo(ServiceCase c) {
        List<id.lintas.domain.model.servicecase.CaseAttachment> photos = c.attachments().stream()
                .filter(a -> a.kind() != id.lintas.domain.model.servicecase.FileKind.PDF)
                .filter(a -> a.label().toLowerCase(Locale.ROOT).contains("foto")).toList();
        return photos.isEmpty() ? Optional.empty() : Optional.of(photos.get(photos.size() - 1).bytes());
    }

    private static KkNumber kkOf(Resident resident, ServiceCase c) {
        if (resident.kkNumber() == null || resident.kkNumber().isBlank()) {
            throw new BusinessException("documents.residentUnknown", resident.nik().value(), c.caseNumber());
        }
        return new KkNumber(resident.kkNumber());
    }

    // ------------------------------------------------------------------ a death: the akta kematian

    /**
     * The akta kematian of the case's deceased: the number SIAK issued for the case's death draft,
     * the date and place of death the case recorded, the name, sex and birth as SIAK keeps them
     * (read from the NIK when SIAK no longer answers for the resident).
     */
    private Draft deathCertificate(long caseId, ServiceCase c, CivilIssue issue) {
        CasePerson deceased = person(c, PersonRelation.DECEASED)
                .orElseThrow(() -> new BusinessException("documents.noDeceased", c.caseNumber()));
        Nik nik = deceased.nik().orElseThrow(() -> new BusinessException("documents.noDeceased", c.caseNumber()));
        List<id.lintas.domain.model.siak.SiakSubmission> deaths = siak.ofCase(caseId).stream()
                .filter(s -> s.kind() == id.lintas.domain.model.siak.SiakSubmission.Kind.DEATH).toList();
        String number = SiakNumbers.of(deaths).numbers().get("NO_AKTA_KMT");
        if (number == null || number.isBlank()) {
            boolean coming = deaths.stream().anyMatch(s -> s.status() == id.lintas.domain.model.siak.SubmissionStatus.WAITING
                    || s.status() == id.lintas.domain.model.siak.SubmissionStatus.ACCEPTED);
            if (coming) { // the steps after the SIAK entry need not wait for it: the draft does, retried with back-off
                throw new IllegalStateException("SIAK has not numbered the death of case " + c.caseNumber() + " yet");
            }
            throw new BusinessException("documents.deathNotNumbered", c.caseNumber());
        }
        DeedNumber deed = DeedNumber.of(number);
        LocalDate today = issue.issuedAt().toLocalDate();
        Optional<Resident> known = siak(() -> registry.resident(nik));
        String name = known.map(Resident::fullName).orElse(deceased.name());
        Sex sex = known.map(Resident::sex).filter(java.util.Objects::nonNull).orElse(nik.sex());
        LocalDate bornOn = known.map(Resident::birthDate).filter(java.util.Objects::nonNull).orElse(nik.birthDate(today));
        String birthPlace = known.map(Resident::birthPlace).orElse(null);
        byte[] pdf = civil.deathCertificate(new id.lintas.infrastructure.documents.DeathCertificate(issue, nik, deed, name, sex,
                birthPlace, bornOn, deceased.diedOn().orElseThrow(), deceased.deathPlace().orElseThrow()));
        return new Draft(deed.value(), nik, name, today, pdf);
    }

    // ------------------------------------------------------------------ an outreach request: the reply letter

    private Draft replyLetter(ServiceCase c, Office office, Letter letter) {
        List<CaseItem> items = c.items().stream().filter(i -> i.kind() == ItemKind.TARGET && i.isActive()).toList();
        if (items.isEmpty()) {
            throw new BusinessException("documents.noTargets", c.caseNumber());
        }
        Institution requester = c.institutionId().flatMap(offices::findInstitution)
                .orElseThrow(() -> new BusinessException("documents.noRequester", c.caseNumber()));
        CoverLetter.Addressee addressee = new CoverLetter.Addressee(headOf(requester), "Tempat");
        Map<KkNumber, Optional<Family>> families = new HashMap<>();
        List<ReplyLetter.Target> targets = new ArrayList<>();
        for (CaseItem item : items) {
            targets.add(new ReplyLetter.Target(item.label(), item.nik().orElse(null),
                    item.nik().flatMap(nik -> addressOf(nik, families)).orElse(null)));
        }
        String rhythm = c.definition().steps().stream().map(StepDefinition::schedule).flatMap(Optional::stream)
                .map(Schedule::note).map(note -> note.id()).findFirst().orElse(null);
        ReplyLetter reply = new ReplyLetter(letter, addressee,
                new ReplyLetter.Request(null, c.openedAt().atZone(office.timeZone()).toLocalDate(), c.caseNumber()),
                targets, null, rhythm, List.of());
        return new Draft(letter.number(), null, addressee.title(), letter.issuedAt().toLocalDate(), letters.replyLetter(reply));
    }

    /** The target's address as SIAK keeps it for the target's family, when SIAK knows the NIK. */
    private Optional<String> addressOf(Nik nik, Map<KkNumber, Optional<Family>> families) {
        Optional<Resident> resident = siak(() -> registry.resident(nik));
        Optional<KkNumber> kk = resident.map(Resident::kkNumber).filter(s -> s != null && !s.isBlank()).map(KkNumber::new);
        return kk.flatMap(number -> families.computeIfAbsent(number, n -> siak(() -> registry.family(n))))
                .filter(f -> f.street() != null)
                .map(f -> f.street() + (f.rt() == null ? "" : " RT " + f.rt() + (f.rw() == null ? "" : "/RW " + f.rw()))
                        + (f.village() == null ? "" : ", " + f.village()) + (f.district() == null ? "" : ", Kec. " + f.district()));
    }

    /** "Kepala Kelurahan Kunden", "Kepala Desa Sumberejo"; for a hospital or another requester "Pimpinan ...". */
    static String headOf(Institution requester) {
        String name = requester.name();
        if (requester.type() != InstitutionType.VILLAGE) {
            return "Pimpinan " + name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("desa ") || lower.startsWith("kelurahan ") ? "Kepala " + name : "Kepala Desa " + name;
    }

    /** 470/{serial}/{office code}/{year}, the serial ending the case number (else the case id). */
    static String letterNumber(long caseId, ServiceCase c, Office office, ZonedDateTime issued) {
        Matcher digits = TRAILING_DIGITS.matcher(c.caseNumber());
        String serial = digits.find() ? String.valueOf(Long.parseLong(digits.group(1))) : String.valueOf(caseId);
        return LETTER_CLASSIFICATION + "/" + serial + "/" + office.code().value() + "/" + issued.getYear();
    }

    // ------------------------------------------------------------------ the office

    /** The office's active kepala dinas, who signs with the TTE. */
    private Letter.Signer kadis(Office office) {
        UserAccount kadis = accounts.findByOffice(office).stream().filter(a -> a.role() == Role.KADIS && a.isActive())
                .findFirst().orElseThrow(() -> new BusinessException("documents.noKadis", office.name()));
        return new Letter.Signer("Kepala " + DINAS + " " + office.name(), kadis.fullName(), null);
    }

    private static CivilIssue issue(Office office, Letter.Signer kadis, ZonedDateTime issued, URI verificationUrl) {
        return new CivilIssue(office.name(), office.seat(), kadis, issued, verificationUrl);
    }

    /** The kop surat of the Dinas: the regency's government above, the office's address and telephone. */
    private static Letter.Institution letterhead(Office office) {
        return new Letter.Institution("Pemerintah " + office.name(), DINAS, office.address().orElse(office.name()),
                office.phone().map(phone -> "Telepon " + phone).orElse(null), office.seat());
    }

    private static Optional<CasePerson> person(ServiceCase c, PersonRelation relation) {
        return c.persons().stream().filter(p -> p.relation() == relation).findFirst();
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    /** A SIAK lookup; SIAK being unreachable is not the case's fault, so the draft is retried, not refused. */
    private static <T> T siak(java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (BusinessException e) {
            if ("siak.unavailable".equals(e.key())) {
                throw new IllegalStateException("SIAK is unavailable; the draft is tried again later", e);
            }
            throw e;
        }
    }
}
