package id.lintas.infrastructure.sop;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.CourierLeg;
import id.lintas.domain.model.sop.Intake;
import id.lintas.domain.model.sop.ItemKind;
import id.lintas.domain.model.sop.ReturnBranch;
import id.lintas.domain.model.sop.Schedule;
import id.lintas.domain.model.sop.ServiceStandard;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.model.sop.TimeStandard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The five SOP definitions shipped in {@code sop/}: they load, validate and say what the seeds say. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SopFilesTest {
    private Map<String, SopDefinition> definitions;

    @BeforeAll
    void readAll() {
        List<SopDefinition> all = new SopDefinitionReader().readAll();
        definitions = all.stream().collect(Collectors.toMap(SopDefinition::code, Function.identity()));
        assertThat(all).extracting(SopDefinition::code)
                .containsExactly("SELINTAS", "DIK_JAMILA_MEWA", "LANDA_MEWA", "SMART_KIDS", "SI_JARAN_IJO");
    }

    private SopDefinition sop(String code) {
        return definitions.get(code);
    }

    private static StepDefinition step(SopDefinition definition, String key) {
        return definition.step(key).orElseThrow(() -> new AssertionError(definition.code() + " has no step " + key));
    }

    private static List<StepDefinition> walk(SopDefinition definition) {
        List<StepDefinition> walked = new ArrayList<>();
        Optional<StepDefinition> current = Optional.of(definition.firstStep());
        while (current.isPresent() && walked.size() <= definition.steps().size()) {
            walked.add(current.get());
            current = definition.next(current.get());
        }
        return walked;
    }

    @Test
    void everyDefinitionWalksFromFirstToLastStepViaNext() {
        for (SopDefinition definition : definitions.values()) {
            List<StepDefinition> walked = walk(definition);
            assertThat(walked).as(definition.code()).hasSize(definition.steps().size());
            assertThat(walked.get(walked.size() - 1)).as(definition.code()).isEqualTo(definition.lastStep());
            assertThat(walked).as(definition.code()).containsExactlyElementsOf(definition.steps());
        }
    }

    @Test
    void theStepsThatUseSiakSayHow() {
        assertThat(siakSteps("DIK_JAMILA_MEWA")).containsExactly("check_against_siak COMPARE", "enter_in_siak SUBMIT");
        assertThat(siakSteps("LANDA_MEWA")).containsExactly("enter_in_siak SUBMIT");
        assertThat(siakSteps("SELINTAS")).containsExactly("enter_in_siak SUBMIT");
        assertThat(siakSteps("SMART_KIDS")).containsExactly("verify_siak_data COMPARE", "update_siak_data SUBMIT");
        assertThat(siakSteps("SI_JARAN_IJO")).isEmpty();
    }

    private List<String> siakSteps(String code) {
        return definitions.get(code).steps().stream().filter(s -> s.siak().isPresent())
                .map(s -> s.key() + " " + s.siak().get()).toList();
    }

    @Test
    void everyStepSaysWhyItsRoleWasChosenAndHasAChecklist() {
        for (SopDefinition definition : definitions.values()) {
            assertThat(definition.version()).isPositive();
            assertThat(definition.seed()).isPresent();
            assertThat(definition.issuer()).hasValueSatisfying(issuer -> assertThat(issuer).startsWith("Dinas Kependudukan"));
            assertThat(definition.legalBasis()).isNotEmpty();
            assertThat(definition.notes()).isNotEmpty();
            assertThat(definition.description()).hasValueSatisfying(
                    text -> assertThat(text.en()).contains("every return needs a reason entered by the user"));
            for (StepDefinition step : definition.steps()) {
                assertThat(step.roleInference()).as(definition.code() + " " + step.key()).isNotBlank();
                assertThat(step.checklist()).as(definition.code() + " " + step.key()).isNotEmpty();
                assertThat(step.number()).isEqualTo(definition.steps().indexOf(step) + 1);
            }
        }
    }

    @Test
    void theKadisOnlySignsAndDisposes() {
        Map<String, List<String>> kadisSteps = Map.of(
                "SELINTAS", List.of("sign_documents"),
                "DIK_JAMILA_MEWA", List.of("kadis_sign"),
                "LANDA_MEWA", List.of("kadis_approve"),
                "SMART_KIDS", List.of("sign_kia"),
                "SI_JARAN_IJO", List.of("dispose_to_dafduk", "sign_reply_letter"));
        kadisSteps.forEach((code, keys) -> assertThat(sop(code).steps()).as(code)
                .filteredOn(step -> step.role() == Role.KADIS).extracting(StepDefinition::key)
                .containsExactlyElementsOf(keys));
    }

    @Nested
    class Selintas {
        private final SopDefinition selintas = sop("SELINTAS");

        @Test
        void runsFifteenStepsFromTheHospitalToTheCourier() {
            assertThat(selintas.steps()).hasSize(15);
            assertThat(selintas.firstStep().role()).isEqualTo(Role.HOSPITAL);
            assertThat(selintas.firstStep().activity().id()).isEqualTo("Menerima berkas permohonan dari pasien/pemohon");
            assertThat(selintas.lastStep().role()).isEqualTo(Role.COURIER);
            assertThat(selintas.lastStep().seedNumber()).isEmpty();
            assertThat(selintas.serviceStandard().time().unit()).isEqualTo(TimeStandard.Unit.SAME_DAY);
        }

        @Test
        void eachCourierLegTakesThreeHours() {
            List<StepDefinition> legs = selintas.steps().stream().filter(step -> step.role() == Role.COURIER).toList();
            assertThat(legs).extracting(StepDefinition::key).containsExactly("courier_pickup", "courier_delivery");
            assertThat(legs).allSatisfy(leg -> assertThat(leg.standard()).isEqualTo(TimeStandard.hours(3)));
        }

        @Test
        void theCourierCarriesTheFileToTheOfficeAndTheDocumentsBackToTheHospital() {
            assertThat(selintas.version()).isGreaterThanOrEqualTo(3);
            assertThat(selintas.steps()).filteredOn(step -> step.courier().isPresent()).extracting(StepDefinition::key)
                    .containsExactly("courier_pickup", "courier_delivery");
            assertThat(step(selintas, "courier_pickup").courier()).contains(
                    new CourierLeg(CourierLeg.Leg.PICKUP, CourierLeg.Place.INSTITUTION, CourierLeg.Place.OFFICE));
            assertThat(step(selintas, "courier_delivery").courier()).contains(
                    new CourierLeg(CourierLeg.Leg.RETURN, CourierLeg.Place.OFFICE, CourierLeg.Place.INSTITUTION));
            for (String other : List.of("DIK_JAMILA_MEWA", "SMART_KIDS", "SI_JARAN_IJO")) {
                assertThat(sop(other).steps()).as(other).allSatisfy(step -> assertThat(step.courier()).isEmpty());
            }
            assertThat(sop("LANDA_MEWA").steps()).filteredOn(step -> step.courier().isPresent())
                    .extracting(step -> step.key() + " " + step.courier().get()).containsExactly("send_kia_ktp DELIVERY OFFICE → APPLICANT");
        }

        @Test
        void version5CarriesTheOfficeStepsRulesAsData() {
            assertThat(selintas.version()).isEqualTo(5);
            assertThat(selintas.notes()).anySatisfy(note -> assertThat(note).startsWith("Version 5:"));
            assertThat(selintas.notes()).anySatisfy(note -> assertThat(note).startsWith("Version 4:"));
            assertThat(selintas.intake()).as("opened by birth reports only").isEqualTo(Intake.BIRTH_REPORT);
            assertThat(selintas.steps()).filteredOn(step -> step.awaits().isPresent())
                    .extracting(step -> step.key() + " " + step.awaits().get())
                    .containsExactly("print_kia SIAK_NUMBERS", "sign_documents SIGNATURES");
            assertThat(step(selintas, "print_kia").checklist()).extracting(item -> item.text().id()).contains("Draft KK (NIK anak)");
            assertThat(selintas.steps()).filteredOn(StepDefinition::approves).extracting(StepDefinition::key)
                    .containsExactly("sign_documents");
            assertThat(selintas.steps()).filteredOn(step -> !step.signs().isEmpty())
                    .extracting(step -> step.key() + " " + step.signs())
                    .containsExactly("sign_documents [AKTA_KELAHIRAN, KK, KIA]");
            assertThat(selintas.steps()).filteredOn(step -> step.notifies().isPresent())
                    .extracting(step -> step.key() + " " + step.notifies().get()).containsExactly("courier_delivery DOCUMENTS_READY");
        }

        @Test
        void theOtherSopsAreOpenedOnTheNewCasePageAndDeclareNoneOfIt() {
            for (String other : List.of("DIK_JAMILA_MEWA", "LANDA_MEWA", "SMART_KIDS", "SI_JARAN_IJO")) {
                assertThat(sop(other).intake()).as(other).isEqualTo(Intake.NEW_CASE);
                assertThat(sop(other).steps()).as(other)
                        .filteredOn(step -> !step.key().equals("sign_reply_letter") && !other.equals("LANDA_MEWA"))
                        .filteredOn(step -> !other.equals("DIK_JAMILA_MEWA") || !List.of("kadis_sign", "hand_over").contains(step.key()))
                        .allSatisfy(step -> {
                            assertThat(step.awaits()).isEmpty();
                            assertThat(step.notifies()).isEmpty();
                            assertThat(step.approves()).isFalse();
                            assertThat(step.signs()).isEmpty();
                        });
            }
        }

        @Test
        void siJaranIjoVersion2SignsItsReplyLetter() {
            SopDefinition siJaranIjo = sop("SI_JARAN_IJO");
            assertThat(siJaranIjo.version()).isEqualTo(2);
            StepDefinition sign = step(siJaranIjo, "sign_reply_letter");
            assertThat(sign.signs()).containsExactly(id.lintas.domain.model.document.DocumentType.SURAT_BALASAN);
            assertThat(sign.awaits()).contains(id.lintas.domain.model.sop.Awaited.SIGNATURES);
            assertThat(sign.approves()).isTrue();
        }

        @Test
        void theHospitalPreparesAndTheOfficeRegistersVerifiesEntersSignsAndArchives() {
            assertThat(selintas.steps().subList(0, 4)).extracting(StepDefinition::role).containsOnly(Role.HOSPITAL);
            assertThat(selintas.steps().subList(5, 14)).extracting(StepDefinition::role)
                    .containsExactly(Role.OPERATOR, Role.OPERATOR, Role.OPERATOR, Role.OPERATOR, Role.OPERATOR,
                            Role.KASI, Role.KABID_DAFDUK, Role.KADIS, Role.OPERATOR);
            StepDefinition signing = step(selintas, "sign_documents");
            assertThat(signing.role()).isEqualTo(Role.KADIS);
            assertThat(signing.activity().id()).startsWith("Menandatangani");
            assertThat(signing.standard()).isEqualTo(TimeStandard.minutes(15));
        }
    }

    @Nested
    class DikJamilaMewa {
        private final SopDefinition dikJamila = sop("DIK_JAMILA_MEWA");

        @Test
        void hasEightStepsEndingWithTheHandOver() {
            assertThat(dikJamila.steps()).hasSize(8);
            assertThat(step(dikJamila, "kadis_sign").role()).isEqualTo(Role.KADIS);
            assertThat(dikJamila.lastStep().output().id()).isEqualTo("Dokumen diterima Pemohon");
            assertThat(dikJamila.serviceStandard().basis()).isEqualTo(ServiceStandard.Basis.COMMITTED);
            assertThat(dikJamila.serviceStandard().time()).isEqualTo(TimeStandard.of(TimeStandard.Unit.HOURS, 24, null, false));
            assertThat(dikJamila.serviceStandard().from()).contains(ServiceStandard.Start.COMPLETE_FILE);
            assertThat(dikJamila.serviceClockStep()).map(StepDefinition::key).contains("check_completeness");
            assertThat(dikJamila.steps().stream().mapToLong(s -> s.standard().duration().orElseThrow().toMinutes()).sum())
                    .as("the steps' own standards still sum to the 70 minutes of version 2").isEqualTo(70);
        }

        @Test
        void version3SignsWhatTheCaseAppliesForAndHandsItOverAsDocumentsReady() {
            assertThat(dikJamila.version()).isEqualTo(3);
            assertThat(dikJamila.notes()).anySatisfy(note -> assertThat(note).startsWith("Version 3:"));
            assertThat(dikJamila.steps()).filteredOn(StepDefinition::signing).extracting(StepDefinition::key)
                    .containsExactly("kadis_sign");
            StepDefinition sign = step(dikJamila, "kadis_sign");
            assertThat(sign.signsAppliedFor()).isTrue();
            assertThat(sign.signs()).isEmpty();
            assertThat(sign.awaits()).contains(id.lintas.domain.model.sop.Awaited.SIGNATURES);
            assertThat(dikJamila.steps()).filteredOn(step -> step.notifies().isPresent())
                    .extracting(step -> step.key() + " " + step.notifies().get()).containsExactly("hand_over DOCUMENTS_READY");
        }

        @Test
        void returnsExactlyAsTheSeedSays() {
            assertReturn(step(dikJamila, "check_against_siak"), Role.OPERATOR, "check_completeness",
                    "Jika tidak sesuai, dikembalikan ke petugas pelayanan");
            assertReturn(step(dikJamila, "kasi_check"), Role.KASI, "enter_in_siak",
                    "Jika tidak sesuai, dikembalikan kepada Operator SIAK");
            assertReturn(step(dikJamila, "kabid_verify"), Role.KABID_DAFDUK, "kasi_check",
                    "Jika tidak sesuai, dikembalikan kepada Kepala Seksi");
            assertThat(step(dikJamila, "kabid_verify").isPerformableBy(Role.KABID_CAPIL)).isTrue();
            assertThat(step(dikJamila, "kasi_check").role()).isEqualTo(Role.KASI);
            assertThat(step(dikJamila, "enter_in_siak").role()).isEqualTo(Role.OPERATOR);
            assertThat(dikJamila.steps()).flatExtracting(StepDefinition::returns).hasSize(3);
        }

        private void assertReturn(StepDefinition from, Role role, String to, String condition) {
            assertThat(from.role()).isEqualTo(role);
            assertThat(from.returns()).singleElement().satisfies(branch -> {
                assertThat(branch.to()).isEqualTo(to);
                assertThat(branch.condition().id()).isEqualTo(condition);
            });
            assertThat(dikJamila.isBefore(step(dikJamila, to), from)).isTrue();
        }
    }

    @Nested
    class LandaMewa {
        private final SopDefinition landaMewa = sop("LANDA_MEWA");

        @Test
        void promisesTwentyFourHoursFromACompleteFileFreeOfCharge() {
            ServiceStandard standard = landaMewa.serviceStandard();
            assertThat(standard.time()).isEqualTo(TimeStandard.hours(24));
            assertThat(standard.from()).contains(ServiceStandard.Start.COMPLETE_FILE);
            assertThat(standard.fee()).hasValue(0);
            assertThat(standard.isFree()).isTrue();
        }

        @Test
        void followsTheSopTableWithBothKabidAndTheKadisApproving() {
            assertThat(landaMewa.steps()).hasSize(19);
            assertThat(landaMewa.steps()).filteredOn(step -> step.seedNumber().startsWith("12")).hasSize(2);
            assertThat(step(landaMewa, "approve_kk").role()).isEqualTo(Role.KABID_DAFDUK);
            assertThat(step(landaMewa, "approve_birth_certificate").role()).isEqualTo(Role.KABID_CAPIL);
            assertThat(step(landaMewa, "kadis_approve").role()).isEqualTo(Role.KADIS);
            assertThat(step(landaMewa, "kadis_approve").output().id()).isEqualTo("TTE akte kelahiran dan KK");
            assertThat(step(landaMewa, "check_requirements").returns()).extracting(ReturnBranch::to)
                    .containsExactly("scan_documents");
            assertThat(step(landaMewa, "check_requirements").checklist()).hasSize(6);
        }

        @Test
        void version3BeginsWithTheApplicantsStepsAndSignsTheAktaAndKk() {
            assertThat(landaMewa.version()).isEqualTo(3);
            assertThat(landaMewa.applicantSteps()).extracting(StepDefinition::key)
                    .containsExactly("scan_documents", "upload_documents");
            assertThat(landaMewa.steps()).filteredOn(step -> step.awaits().isPresent())
                    .extracting(step -> step.key() + " " + step.awaits().get())
                    .containsExactly("print_drafts SIAK_NUMBERS", "kadis_approve SIGNATURES");
            assertThat(step(landaMewa, "kadis_approve").signs()).containsExactly(
                    id.lintas.domain.model.document.DocumentType.AKTA_KELAHIRAN, id.lintas.domain.model.document.DocumentType.KK);
            assertThat(landaMewa.steps()).filteredOn(StepDefinition::approves).extracting(StepDefinition::key)
                    .containsExactly("kadis_approve");
            assertThat(landaMewa.steps()).filteredOn(step -> step.notifies().isPresent())
                    .extracting(step -> step.key() + " " + step.notifies().get()).containsExactly("send_pdf DOCUMENTS_READY");
        }

        @Test
        void theApplicantIsNotARole() {
            assertThat(step(landaMewa, "scan_documents").role()).isEqualTo(Role.OPERATOR);
            assertThat(step(landaMewa, "receive_kia_ktp").role()).isEqualTo(Role.OPERATOR);
            assertThat(step(landaMewa, "scan_documents").roleInference()).contains("Pemohon");
        }
    }

    @Nested
    class SmartKids {
        private final SopDefinition smartKids = sop("SMART_KIDS");

        @Test
        void worksPerStudentBetweenTheSchoolsFileAndTheCollectiveHandOver() {
            assertThat(smartKids.steps()).hasSize(14);
            List<StepDefinition> perStudent = smartKids.steps().stream().filter(StepDefinition::isPerItem).toList();
            assertThat(perStudent).hasSize(11).allSatisfy(step -> assertThat(step.itemKind()).contains(ItemKind.STUDENT));
            assertThat(smartKids.firstStep().isPerItem()).isFalse();
            assertThat(smartKids.lastStep().isPerItem()).isFalse();
            assertThat(smartKids.lastStep().activity().id()).contains("(kolektif)");
            assertThat(step(smartKids, "sign_kia").role()).isEqualTo(Role.KADIS);
        }

        @Test
        void returnsAChildWithoutBirthCertificateToTheSchool() {
            StepDefinition check = step(smartKids, "check_birth_certificate");
            assertThat(check.isPerItem()).isTrue();
            assertThat(check.returns()).singleElement().satisfies(branch -> {
                assertThat(step(smartKids, branch.to()).role()).isEqualTo(Role.SCHOOL);
                assertThat(branch.condition().id()).startsWith("Jika belum memiliki Akta Kelahiran, berkas akan dikembalikan ke sekolah");
            });
        }

        @Test
        void photoTakingSiakUpdateAndScanningAreConditional() {
            assertThat(smartKids.steps()).filteredOn(StepDefinition::isConditional).extracting(StepDefinition::key)
                    .containsExactly("take_photos", "update_siak_data", "scan_photos");
        }
    }

    @Nested
    class SiJaranIjo {
        private final SopDefinition siJaranIjo = sop("SI_JARAN_IJO");

        @Test
        void theVillageRequestsAndTheKadisDisposesToDafduk() {
            assertThat(siJaranIjo.steps()).hasSize(11);
            assertThat(siJaranIjo.firstStep().role()).isEqualTo(Role.VILLAGE);
            StepDefinition disposition = siJaranIjo.next(siJaranIjo.firstStep()).orElseThrow();
            assertThat(disposition.role()).isEqualTo(Role.KADIS);
            assertThat(disposition.activity().id()).isEqualTo("Kepala Dinas mendisposisi surat ke Bidang Dafduk");
            assertThat(siJaranIjo.next(disposition).orElseThrow().role()).isEqualTo(Role.KABID_DAFDUK);
        }

        @Test
        void recordsWeeklyAndTravelTimeIsOpen() {
            assertThat(step(siJaranIjo, "plan_recording").schedule()).map(Schedule::frequency)
                    .contains(Schedule.Frequency.WEEKLY);
            assertThat(siJaranIjo.steps()).filteredOn(step -> step.standard().isOpen()
                            && step.standard().note().orElse("").equals("menyesuaikan jarak tempuh"))
                    .extracting(StepDefinition::key).containsExactly("travel_to_village", "travel_to_target");
            StepDefinition recording = step(siJaranIjo, "record_ktp_el");
            assertThat(recording.itemKind()).contains(ItemKind.TARGET);
            assertThat(recording.standard().isPerItem()).isTrue();
            assertThat(recording.standard().amount()).isEqualTo(30);
        }

        @Test
        void issuesTheKtpElWithinFourteenWorkingDaysOfACompleteFileAndRecording() {
            ServiceStandard standard = siJaranIjo.serviceStandard();
            assertThat(standard.time()).isEqualTo(TimeStandard.workingDays(14));
            assertThat(standard.from()).contains(ServiceStandard.Start.COMPLETE_FILE_AND_RECORDING);
        }
    }
}
