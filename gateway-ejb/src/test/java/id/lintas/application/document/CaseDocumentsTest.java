package id.lintas.application.document;

import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.lintas.application.siak.SiakOutbox;
import id.lintas.domain.model.birthreport.BirthReport;
import id.lintas.domain.model.birthreport.BirthReportRepository;
import id.lintas.domain.model.calendar.OfficeHours;
import id.lintas.domain.model.calendar.WorkingCalendar;
import id.lintas.domain.model.document.DocumentType;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.identity.UserAccount;
import id.lintas.domain.model.identity.UserAccountRepository;
import id.lintas.domain.model.identity.Username;
import id.lintas.domain.model.office.Institution;
import id.lintas.domain.model.office.InstitutionType;
import id.lintas.domain.model.office.Office;
import id.lintas.domain.model.office.OfficeCode;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.servicecase.CasePerson;
import id.lintas.domain.model.servicecase.PersonRelation;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.model.siak.Comparison;
import id.lintas.domain.model.siak.Family;
import id.lintas.domain.model.siak.Resident;
import id.lintas.domain.model.siak.SiakSubmission;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.service.PopulationRegistry;
import id.lintas.domain.shared.BusinessException;
import id.lintas.infrastructure.sop.SopDefinitionReader;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The drafter with in-memory repositories and a SIAK that answers from maps: a SELINTAS birth
 * numbered by SIAK gives the akta, the KK and the KIA; a SI JARAN IJO request gives the reply
 * letter; what a case lacks is refused, SIAK being down is retried.
 */
class CaseDocumentsTest {
    private static final Map<String, SopDefinition> SOPS = new HashMap<>();
    private static final WorkingCalendar CALENDAR = WorkingCalendar.indonesia(OfficeHours.standard());
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Instant OPENED = LocalDate.of(2026, 11, 23).atTime(9, 0).atZone(WIB).toInstant();
    private static final Instant ISSUED = LocalDate.of(2026, 11, 24).atTime(10, 0).atZone(WIB).toInstant();
    private static final URI VERIFY = URI.create("https://lintas.example/verifikasi/5b1d4e8a");
    private static final long CASE_ID = 42;
    private static final long VILLAGE_ID = 10;

    private static final String CHILD_NIK = "3316012311260001";
    private static final String FATHER_NIK = "3316012003880002";
    private static final String MOTHER_NIK = "3316015708900001";
    private static final String KK = "3316012501150003";
    private static final String DEED = "3316-LU-24112026-0001";
    private static final String TARGET_NIK = "3316014107400002";
    private static final String TARGET_KK = "3316012501150004";

    static {
        new SopDefinitionReader().readAll().forEach(sop -> SOPS.put(sop.code(), sop));
    }

    private final Office office = new Office(new OfficeCode("3316"), "Kabupaten Blora", "Jawa Tengah", WIB);
    private final Institution village = new Institution(office, InstitutionType.VILLAGE, "KEL-KUNDEN", "Kelurahan Kunden");
    private final List<UserAccount> accounts = new ArrayList<>();
    private final List<SiakSubmission> submissions = new ArrayList<>();
    private final FakeSiak siak = new FakeSiak();
    private final CaseDocuments drafter = new CaseDocuments();
    private ServiceCase theCase;
    private Integer birthOrder = 2;

    CaseDocumentsTest() {
        office.locatedAt("Jl. Pemuda No. 16, Blora 58215", "(0296) 531000");
        accounts.add(UserAccount.staff(office, new Username("operator"), "Siti Rahayu", Role.OPERATOR, "hash"));
        accounts.add(UserAccount.staff(office, new Username("kadis"), "Hendro Wibowo", Role.KADIS, "hash"));
        drafter.cases = only(ServiceCaseRepository.class, args -> Optional.ofNullable(
                ((Long) args[0]) == CASE_ID ? theCase : null));
        drafter.offices = (OfficeRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {OfficeRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> Optional.of(office);
                    case "findInstitution" -> Optional.ofNullable(args[0].equals(VILLAGE_ID) ? village : null);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        drafter.accounts = only(UserAccountRepository.class, args -> accounts);
        drafter.reports = only(BirthReportRepository.class, args -> Optional.ofNullable(birthOrder == null ? null
                : new BirthReport() {
                    @Override
                    public String details() {
                        return "{\"birthOrder\":" + birthOrder + ",\"place\":\"Blora\"}";
                    }
                }));
        drafter.siak = new SiakOutbox() {
            @Override
            public List<SiakSubmission> ofCase(long caseId) {
                return caseId == CASE_ID ? submissions : List.of();
            }
        };
        drafter.registry = siak;
        siak.families.put(KK, new Family(new KkNumber(KK), "BUDI SANTOSO", "JL. PEMUDA NO. 7", "002", "003", "KUNDEN",
                "BLORA", List.of(
                        member(FATHER_NIK, "BUDI SANTOSO", Sex.MALE, LocalDate.of(1988, 3, 20), "KEPALA KELUARGA"),
                        member(MOTHER_NIK, "SITI AMINAH", Sex.FEMALE, LocalDate.of(1990, 8, 17), "ISTRI"))));
    }

    // ------------------------------------------------------------------ a birth

    private void aBirth() {
        SopDefinition sop = SOPS.get("SELINTAS");
        theCase = ServiceCase.open(sop, 1, CALENDAR, new Actor("rs.blora", Role.HOSPITAL, 1, 11L),
                new ServiceCase.Opening("3316-SELINTAS-2026-000042", 1, 11L, "Kelahiran Muhammad Rizky Pratama", List.of(
                        new CasePerson(PersonRelation.CHILD, null, "Muhammad Rizky Pratama", Sex.MALE, LocalDate.of(2026, 11, 23),
                                "Blora"),
                        new CasePerson(PersonRelation.MOTHER, Nik.of(MOTHER_NIK), "Siti Aminah", null, null),
                        new CasePerson(PersonRelation.FATHER, Nik.of(FATHER_NIK), "Budi Santoso", null, null)),
                        List.of(), new KkNumber(KK)), OPENED);
    }

    private void siakNumbered() {
        SiakSubmission s = SiakSubmission.of(1, CASE_ID, "3316-SELINTAS-2026-000042", SiakSubmission.Kind.BIRTH,
                "{\"JENIS\":\"KELAHIRAN\"}", OPENED);
        s.accepted("D1", OPENED);
        s.numbered(Map.of("NIK", CHILD_NIK, "NO_KK", KK, "NO_AKTA_LHR", DEED, "NO_KIA", CHILD_NIK), OPENED.plusSeconds(60));
        submissions.add(s);
    }

    private DocumentDrafter.Draft draft(DocumentType type) {
        return drafter.draft(CASE_ID, type, VERIFY, ISSUED);
    }

    @Test
    void theBirthCertificateCarriesSiaksNumbersTheChildTheParentsAndTheKadis() throws IOException {
        aBirth();
        siakNumbered();
        DocumentDrafter.Draft akta = draft(DocumentType.AKTA_KELAHIRAN);
        assertThat(akta.number()).isEqualTo(DEED);
        assertThat(akta.subjectNik()).isEqualTo(Nik.of(CHILD_NIK));
        assertThat(akta.subjectName()).isEqualTo("Muhammad Rizky Pratama");
        assertThat(akta.issuedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(oneLine(akta.pdf())).contains("KUTIPAN AKTA KELAHIRAN", DEED, CHILD_NIK, "Muhammad Rizky Pratama",
                "anak kedua", "dari ayah Budi Santoso dan ibu Siti Aminah", "Blora, 24 November 2026",
                "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora", "Hendro Wibowo");
    }

    @Test
    void withoutAHospitalReportTheBirthOrderIsTheChildsPlaceAmongItsSiblingsOnTheKk() throws IOException {
        aBirth();
        siakNumbered();
        birthOrder = null; // a birth registered from a resident's application (LANDA MEWA): no hospital report
        Family known = siak.families.get(KK);
        List<Family.Member> members = new ArrayList<>(known.members());
        members.add(member("3316094512220001", "AYU LESTARI", Sex.FEMALE, LocalDate.of(2022, 12, 5), "ANAK"));
        members.add(member(CHILD_NIK, "MUHAMMAD RIZKY PRATAMA", Sex.MALE, LocalDate.of(2026, 11, 23), "ANAK"));
        siak.families.put(KK, new Family(known.number(), known.headName(), known.street(), known.rt(), known.rw(),
                known.village(), known.district(), members));

        assertThat(oneLine(draft(DocumentType.AKTA_KELAHIRAN).pdf())).contains("anak kedua");

        siak.families.put(KK, known);
        assertThat(oneLine(draft(DocumentType.AKTA_KELAHIRAN).pdf())).as("no sibling listed yet").contains("anak kesatu");
    }

    @Test
    void theFamilyCardListsTheFamilySiakKnowsAndTheNewbornItDoesNotListYet() throws IOException {
        aBirth();
        siakNumbered();
        DocumentDrafter.Draft kk = draft(DocumentType.KK);
        assertThat(kk.number()).isEqualTo(KK);
        assertThat(kk.subjectNik()).as("the card is the head of family's").isEqualTo(Nik.of(FATHER_NIK));
        assertThat(kk.subjectName()).isEqualTo("BUDI SANTOSO");
        String text = oneLine(kk.pdf());
        assertThat(text).contains("KARTU KELUARGA", KK, "BUDI SANTOSO", FATHER_NIK, "SITI AMINAH", MOTHER_NIK,
                "MUHAMMAD RIZKY PRATAMA", CHILD_NIK, "ANAK", "BELUM KAWIN", "JL. PEMUDA NO. 7", "002/003", "KUNDEN",
                "Kabupaten Blora", "Jawa Tengah", "Hendro Wibowo");
        assertThat(text.indexOf(CHILD_NIK)).as("the newborn last").isGreaterThan(text.indexOf(MOTHER_NIK));
    }

    @Test
    void aNewbornSiakAlreadyListsIsNotListedTwice() throws IOException {
        aBirth();
        siakNumbered();
        Family known = siak.families.get(KK);
        List<Family.Member> members = new ArrayList<>(known.members());
        members.add(member(CHILD_NIK, "MUHAMMAD RIZKY PRATAMA", Sex.MALE, LocalDate.of(2026, 11, 23), "ANAK"));
        siak.families.put(KK, new Family(known.number(), known.headName(), known.street(), known.rt(), known.rw(),
                known.village(), known.district(), members));
        String text = text(draft(DocumentType.KK).pdf());
        assertThat(text.split(CHILD_NIK, -1)).as("rows with the child's NIK").hasSize(2);
    }

    @Test
    void theKiaOfANewbornHasNoPhotoAndNamesTheFamily() throws IOException {
        aBirth();
        siakNumbered();
        DocumentDrafter.Draft kia = draft(DocumentType.KIA);
        assertThat(kia.number()).isEqualTo(CHILD_NIK);
        assertThat(kia.subjectNik()).isEqualTo(Nik.of(CHILD_NIK));
        assertThat(kia.subjectName()).isEqualTo("Muhammad Rizky Pratama");
        assertThat(oneLine(kia.pdf())).contains("KARTU IDENTITAS ANAK", CHILD_NIK, "Muhammad Rizky Pratama", KK,
                "BUDI SANTOSO", "JL. PEMUDA NO. 7", "KUNDEN", "23 November 2043");
        try (PDDocument document = Loader.loadPDF(kia.pdf())) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().isImageXObject(name)).as("a photo").isFalse();
                }
            }
        }
    }

    @Test
    void nothingIsDraftedBeforeSiakHasNumberedTheBirth() {
        aBirth();
        for (DocumentType type : List.of(DocumentType.AKTA_KELAHIRAN, DocumentType.KK, DocumentType.KIA)) {
            BusinessException refused = assertRefused(() -> draft(type), "documents.siakNotNumbered");
            assertThat(refused.getMessage()).contains("3316-SELINTAS-2026-000042", "SIAK belum menerbitkan",
                    "SIAK has not yet issued");
        }
    }

    @Test
    void siakUnreachableIsRetriedNotRefused() {
        aBirth();
        siakNumbered();
        siak.unavailable = true;
        Throwable failure = catchThrowable(() -> draft(DocumentType.KK));
        assertThat(failure).isInstanceOf(IllegalStateException.class).isNotInstanceOf(BusinessException.class)
                .hasMessageContaining("SIAK");
        assertThat(draft(DocumentType.AKTA_KELAHIRAN).number()).as("the deed does not ask SIAK").isEqualTo(DEED);
    }

    @Test
    void whatTheCaseOrTheOfficeLacksIsRefused() {
        aBirth();
        siakNumbered();
        siak.families.clear();
        assertRefused(() -> draft(DocumentType.KIA), "documents.familyUnknown");
        birthOrder = null;
        assertRefused(() -> draft(DocumentType.AKTA_KELAHIRAN), "documents.familyUnknown");
        assertRefused(() -> draft(DocumentType.SURAT_BALASAN), "documents.noTargets");
        assertRefused(() -> draft(DocumentType.KTP_EL), "documents.notDrafted");
        assertRefused(() -> drafter.draft(7, DocumentType.KK, VERIFY, ISSUED), "documents.caseNotFound");
        accounts.removeIf(a -> a.role() == Role.KADIS);
        assertRefused(() -> draft(DocumentType.AKTA_KELAHIRAN), "documents.noKadis");
    }

    @Test
    void dataTheDocumentCannotHoldIsRefusedNotRetried() {
        aBirth();
        siakNumbered();
        birthOrder = 0;
        BusinessException refused = assertRefused(() -> draft(DocumentType.AKTA_KELAHIRAN), "documents.invalidData");
        assertThat(refused.getMessage()).contains("childOrder (anak ke-)");
    }

    // ------------------------------------------------------------------ an outreach request

    private void aRequest() {
        SopDefinition sop = SOPS.get("SI_JARAN_IJO");
        theCase = ServiceCase.open(sop, 5, CALENDAR, new Actor("kel.kunden", Role.VILLAGE, 1, VILLAGE_ID),
                new ServiceCase.Opening("3316-SI_JARAN_IJO-2026-000042", 1, VILLAGE_ID, "Perekaman rentan Kelurahan Kunden",
                        List.of(), List.of(new ServiceCase.NewItem("Mbah Sarinah", Nik.of(TARGET_NIK)),
                                new ServiceCase.NewItem("Sukardi", null))), OPENED);
    }

    @Test
    void theReplyLetterAnswersTheVillageWithTheTargetsAndASchedulToFollow() throws IOException {
        aRequest();
        siak.residents.put(TARGET_NIK, new Resident(Nik.of(TARGET_NIK), TARGET_KK, "SARINAH", Sex.FEMALE, "BLORA",
                LocalDate.of(1940, 7, 1), "KEPALA KELUARGA", null, null, null));
        siak.families.put(TARGET_KK, new Family(new KkNumber(TARGET_KK), "SARINAH", "JL. GATOT SUBROTO NO. 12", "001", "002",
                "KUNDEN", "BLORA", List.of()));
        DocumentDrafter.Draft reply = draft(DocumentType.SURAT_BALASAN);
        assertThat(reply.number()).isEqualTo("470/42/3316/2026");
        assertThat(reply.subjectNik()).isNull();
        assertThat(reply.subjectName()).isEqualTo("Kepala Kelurahan Kunden");
        assertThat(reply.issuedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        String text = oneLine(reply.pdf());
        assertThat(text).contains("PEMERINTAH KABUPATEN BLORA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
                "Jl. Pemuda No. 16, Blora 58215", "Telepon (0296) 531000", "470/42/3316/2026", "Kepala Kelurahan Kunden",
                "surat permohonan Saudara tanggal 23 November 2026", "3316-SI_JARAN_IJO-2026-000042", "Mbah Sarinah",
                TARGET_NIK, "JL. GATOT SUBROTO NO. 12 RT 001/RW 002, KUNDEN, Kec. BLORA", "Sukardi",
                "menyusul", "1 minggu sekali", "mendampingi petugas", "Hendro Wibowo");
        assertRefused(() -> draft(DocumentType.AKTA_KELAHIRAN), "documents.noChild");
    }

    @Test
    void aTargetSiakDoesNotKnowHasNoAddress() throws IOException {
        aRequest();
        String text = text(draft(DocumentType.SURAT_BALASAN).pdf());
        assertThat(text.lines().filter(line -> line.startsWith("1. Mbah Sarinah")).findFirst()).hasValueSatisfying(
                line -> assertThat(line).endsWith(" -"));
    }

    @Test
    void letterNumbersFollowTheCaseSerialAndTheYearOfIssue() {
        aRequest();
        assertThat(CaseDocuments.letterNumber(CASE_ID, theCase, office, ISSUED.atZone(WIB).plusYears(1)))
                .isEqualTo("470/42/3316/2027");
        assertThat(CaseDocuments.headOf(new Institution(office, InstitutionType.VILLAGE, "DS-X", "Sumberejo")))
                .isEqualTo("Kepala Desa Sumberejo");
        assertThat(CaseDocuments.headOf(new Institution(office, InstitutionType.HOSPITAL, "RS", "RSUD Blora")))
                .isEqualTo("Pimpinan RSUD Blora");
    }

    // ------------------------------------------------------------------ a resident's application for a KK or a KIA

    private static final String SON_NIK = "3316011505150001";

    /** A DIK JAMILA ME-WA case applying for {@code type}, whose recorded person with a NIK is {@code holderNik}. */
    private void anApplication(DocumentType type, String holderNik, String holderName) {
        SopDefinition sop = SOPS.get("DIK_JAMILA_MEWA");
        theCase = ServiceCase.open(sop, 1, CALENDAR, new Actor("pemohon-whatsapp", Role.OPERATOR, 1, null),
                new ServiceCase.Opening("3316-DIK_JAMILA_MEWA-2026-000042", 1, null, "Penerbitan " + type.indonesianName(),
                        holderNik == null ? List.of() : List.of(new CasePerson(PersonRelation.APPLICANT, Nik.of(holderNik),
                                holderName, null, null)),
                        List.of(), null, null, List.of(type)), OPENED);
        for (Family.Member m : siak.families.get(KK).members()) {
            siak.residents.put(m.resident().nik().value(), m.resident());
        }
        siak.residents.put(SON_NIK, new Resident(Nik.of(SON_NIK), KK, "ARDI SANTOSO", Sex.MALE, "BLORA",
                LocalDate.of(2015, 5, 15), "ANAK", MOTHER_NIK, FATHER_NIK, null));
    }

    @Test
    void anAppliedForFamilyCardIsTheApplicantsFamilyAsSiakKeepsIt() throws IOException {
        anApplication(DocumentType.KK, MOTHER_NIK, "Siti Aminah");
        assertThat(theCase.documentsSignedAt(theCase.definition().step("kadis_sign").orElseThrow()))
                .containsExactly(DocumentType.KK);
        DocumentDrafter.Draft kk = draft(DocumentType.KK);
        assertThat(kk.number()).isEqualTo(KK);
        assertThat(kk.subjectNik()).as("the card is the head of family's").isEqualTo(Nik.of(FATHER_NIK));
        assertThat(oneLine(kk.pdf())).contains("KARTU KELUARGA", KK, "BUDI SANTOSO", FATHER_NIK, "SITI AMINAH", MOTHER_NIK,
                "JL. PEMUDA NO. 7", "KUNDEN", "Hendro Wibowo").doesNotContain(CHILD_NIK);
    }

    @Test
    void anAppliedForKiaIsTheChildsWithThePhotoAttachedAndRefusedForAnAdult() throws IOException {
        anApplication(DocumentType.KIA, SON_NIK, "Ardi Santoso");
        assertRefused(() -> draft(DocumentType.KIA), "documents.noPhoto");
        theCase.attachFile(new Actor("pemohon-whatsapp", Role.OPERATOR, 1, null), "Pas foto anak berwarna", "foto.png",
                photo(), OPENED);
        DocumentDrafter.Draft kia = draft(DocumentType.KIA);
        assertThat(kia.number()).isEqualTo(SON_NIK);
        assertThat(kia.subjectName()).isEqualTo("ARDI SANTOSO");
        assertThat(oneLine(kia.pdf())).contains("KARTU IDENTITAS ANAK", SON_NIK, "ARDI SANTOSO", KK, "BUDI SANTOSO",
                "15 Mei 2032");
        try (PDDocument document = Loader.loadPDF(kia.pdf())) {
            PDPage page = document.getPage(0);
            assertThat(page.getResources().getXObjectNames()).as("the photo")
                    .anySatisfy(name -> assertThat(page.getResources().isImageXObject(name)).isTrue());
        }

        anApplication(DocumentType.KIA, MOTHER_NIK, "Siti Aminah");
        assertThat(assertRefused(() -> draft(DocumentType.KIA), "documents.notAChild").getMessage())
                .contains("SITI AMINAH", MOTHER_NIK, "KIA hanya untuk anak");
    }

    @Test
    void anApplicationWithoutARecordedNikOrWithOneSiakDoesNotKnowIsRefused() {
        anApplication(DocumentType.KK, null, null);
        assertThat(assertRefused(() -> draft(DocumentType.KK), "documents.noHolder").getMessage())
                .contains("3316-DIK_JAMILA_MEWA-2026-000042", "Kartu Keluarga");
        anApplication(DocumentType.KK, "3316010101800009", "Orang Asing");
        assertRefused(() -> draft(DocumentType.KK), "documents.residentUnknown");
    }

    @Test
    void aCaseThatAppliedForNothingSignsNothingAtTheStepThatSignsWhatWasAppliedFor() {
        SopDefinition sop = SOPS.get("DIK_JAMILA_MEWA");
        ServiceCase c = ServiceCase.open(sop, 1, CALENDAR, new Actor("operator", Role.OPERATOR, 1, null),
                new ServiceCase.Opening("3316-DIK_JAMILA_MEWA-2026-000043", 1, null, "KTP-el Budi", List.of(), List.of()), OPENED);
        assertThat(c.appliedFor()).isEmpty();
        assertThat(c.documentsSignedAt(sop.step("kadis_sign").orElseThrow())).isEmpty();
        assertThat(c.documentsSignedAt(SOPS.get("SELINTAS").step("sign_documents").orElseThrow()))
                .containsExactly(DocumentType.AKTA_KELAHIRAN, DocumentType.KK, DocumentType.KIA);
        assertThatThrownBy(() -> new ServiceCase.Opening("x", 1, null, "s", List.of(), List.of(), null, null,
                List.of(DocumentType.KK, DocumentType.KK))).isInstanceOf(BusinessException.class);
    }

    // ------------------------------------------------------------------ a death

    private static final String DEATH_DEED = "3316-KM-24112026-0001";

    /** A DIK JAMILA ME-WA case registering the father's death, reported by the mother. */
    private ServiceCase aDeath() {
        anApplication(DocumentType.AKTA_KEMATIAN, MOTHER_NIK, "Siti Aminah");
        theCase.recordParticulars(new Actor("operator", Role.OPERATOR, 1, null), "Kematian Budi Santoso", List.of(
                new CasePerson(PersonRelation.APPLICANT, Nik.of(MOTHER_NIK), "Siti Aminah", null, null),
                CasePerson.deceased(Nik.of(FATHER_NIK), "Budi Santoso", LocalDate.of(2026, 11, 20), "RSUD dr. R. Soetijono Blora")),
                null, null, null, OPENED);
        return theCase;
    }

    @Test
    void theDeathCertificateStatesTheDeathSiakNumberedAndTheDeceasedAsSiakKeepsThem() throws IOException {
        aDeath();
        assertRefused(() -> draft(DocumentType.AKTA_KEMATIAN), "documents.deathNotNumbered");
        SiakSubmission s = SiakSubmission.of(1, CASE_ID, theCase.caseNumber(), SiakSubmission.Kind.DEATH,
                id.lintas.application.siak.SiakPayloads.submission(theCase, null).json(), OPENED);
        assertThat(s.kind()).isEqualTo(SiakSubmission.Kind.DEATH);
        assertThat(s.payload()).contains("\"JENIS\":\"KEMATIAN\"", "\"NIK\":\"" + FATHER_NIK + "\"", "\"TGL_KMT\":\"20-11-2026\"",
                "\"TMPT_KMT\":\"RSUD dr. R. Soetijono Blora\"", "\"NIK_PELAPOR\":\"" + MOTHER_NIK + "\"");
        submissions.add(s);
        assertThat(catchThrowable(() -> draft(DocumentType.AKTA_KEMATIAN))).as("SIAK numbers it soon: tried again")
                .isInstanceOf(IllegalStateException.class).isNotInstanceOf(BusinessException.class);
        s.accepted("D9", OPENED);
        s.numbered(Map.of("NIK", FATHER_NIK, "NO_AKTA_KMT", DEATH_DEED), OPENED.plusSeconds(60));

        DocumentDrafter.Draft akta = draft(DocumentType.AKTA_KEMATIAN);
        assertThat(akta.number()).isEqualTo(DEATH_DEED);
        assertThat(akta.subjectNik()).isEqualTo(Nik.of(FATHER_NIK));
        assertThat(akta.subjectName()).isEqualTo("BUDI SANTOSO");
        assertThat(oneLine(akta.pdf())).contains("KUTIPAN AKTA KEMATIAN", DEATH_DEED, FATHER_NIK,
                "di RSUD dr. R. Soetijono Blora pada tanggal dua puluh November dua ribu dua puluh enam telah meninggal dunia"
                        + " BUDI SANTOSO, laki-laki, lahir di BLORA",
                "Blora, 24 November 2026", "Hendro Wibowo");
    }

    @Test
    void aDeathCaseMustNameTheDeceasedWithTheDateAndPlace() {
        assertRefused(() -> CasePerson.deceased(Nik.of(FATHER_NIK), "Budi", null, "Blora"), "case.person.deathDataRequired");
        assertRefused(() -> CasePerson.deceased(null, "Budi", LocalDate.of(2026, 11, 20), "Blora"),
                "case.person.deceasedNikRequired");
        anApplication(DocumentType.AKTA_KEMATIAN, MOTHER_NIK, "Siti Aminah");
        assertRefused(() -> draft(DocumentType.AKTA_KEMATIAN), "documents.noDeceased");
    }

    // ------------------------------------------------------------------ helpers

    private static Family.Member member(String nik, String name, Sex sex, LocalDate born, String relation) {
        return new Family.Member(new Resident(Nik.of(nik), KK, name, sex, "BLORA", born, relation, null, null, null),
                "ISLAM", "SLTA/SEDERAJAT", "WIRASWASTA", "KAWIN", "SUMIATI", "KARNO");
    }

    /** A small colour PNG, as a phone's photo of the child. */
    private static byte[] photo() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        graphics.setColor(new java.awt.Color(200, 30, 30));
        graphics.fillRect(0, 0, 300, 400);
        graphics.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An interface whose every method answers with {@code answer}; enough for a port the drafter calls one way. */
    private static <T> T only(Class<T> type, Function<Object[], Object> answer) {
        return type.cast(Proxy.newProxyInstance(CaseDocumentsTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.apply(args)));
    }

    /** The text with every run of white space, line breaks too, as one space. */
    private static String oneLine(byte[] pdf) throws IOException {
        return text(pdf).replaceAll("\\s+", " ");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** SIAK from maps, or down. */
    private static final class FakeSiak implements PopulationRegistry {
        final Map<String, Resident> residents = new HashMap<>();
        final Map<String, Family> families = new HashMap<>();
        boolean unavailable;

        @Override
        public Optional<Resident> resident(Nik nik) {
            up();
            return Optional.ofNullable(residents.get(nik.value()));
        }

        @Override
        public Optional<Family> family(KkNumber kk) {
            up();
            return Optional.ofNullable(families.get(kk.value()));
        }

        @Override
        public Comparison compare(Nik nik, Map<String, String> submitted) {
            throw new UnsupportedOperationException();
        }

        private void up() {
            if (unavailable) {
                throw new BusinessException("siak.unavailable");
            }
        }
    }
}
