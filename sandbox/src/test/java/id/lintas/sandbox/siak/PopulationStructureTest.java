package id.lintas.sandbox.siak;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SandboxServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole generated population, read over HTTP (the admin export: every KK with its members as
 * {@code /siak/v1/keluarga} shows them), checked for the structure of its numbers and families.
 */
class PopulationStructureTest {
    private static final DateTimeFormatter SIAK_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final LocalDate DATA_AS_OF = LocalDate.of(2025, 12, 31);
    private static final Set<String> DISTRICTS = Set.of("331601", "331602", "331603", "331604", "331605", "331606",
            "331607", "331608", "331609", "331610", "331611", "331612", "331613", "331614", "331615", "331616");
    private static final Pattern AKTA = Pattern.compile("([0-9]{4})-(LU|LT)-([0-9]{8})-([0-9]{4})");
    private static final Set<String> RELATIONS = Set.of("KEPALA KELUARGA", "SUAMI", "ISTRI", "ANAK", "MENANTU", "CUCU",
            "ORANG TUA", "MERTUA", "FAMILI LAIN");
    private static final Set<String> RELIGIONS = Set.of("ISLAM", "KRISTEN", "KATHOLIK", "HINDU", "BUDHA", "KONGHUCU",
            "KEPERCAYAAN TERHADAP TUHAN YME");
    private static final Set<String> MARITAL = Set.of("BELUM KAWIN", "KAWIN", "CERAI HIDUP", "CERAI MATI");

    private static SandboxServer server;
    private static List<JsonObject> families;
    private static Map<String, JsonObject> residents;
    private static Map<String, String> familyOf;

    @BeforeAll
    static void readEverything() throws Exception {
        server = SandboxServer.start(0, SandboxServer.DEFAULT_SEED, SandboxServer.DEFAULT_RESIDENTS);
        SandboxClient client = new SandboxClient(server);
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(client.request("/sandbox/admin/export/siak").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        families = new ArrayList<>();
        residents = new HashMap<>();
        familyOf = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonObject family = SandboxClient.parse(line);
                families.add(family);
                for (JsonValue member : family.getJsonArray("ANGGOTA")) {
                    JsonObject resident = member.asJsonObject();
                    assertThat(residents.put(resident.getString("NIK"), resident)).as("duplicate NIK").isNull();
                    familyOf.put(resident.getString("NIK"), family.getString("NO_KK"));
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void thereAreAHundredThousandResidentsWithUniqueNiksInAllSixteenDistricts() {
        assertThat(residents).hasSize(100_000);
        assertThat(families.stream().map(f -> f.getString("NO_KK")).distinct().count()).isEqualTo(families.size());
        assertThat(families.stream().map(f -> "3316" + f.getString("NO_KEC")).distinct()).containsExactlyInAnyOrderElementsOf(DISTRICTS);
        double perFamily = residents.size() / (double) families.size();
        assertThat(perFamily).isBetween(2.8, 4.2);
    }

    @Test
    void everyNikIsSixteenDigitsOfABloraDistrictTheBirthDateWithFortyForWomenAndASerial() {
        for (JsonObject resident : residents.values()) {
            String nik = resident.getString("NIK");
            assertThat(nik).matches("[0-9]{16}");
            assertThat(DISTRICTS).contains(nik.substring(0, 6));
            assertThat(nik.substring(0, 6)).isEqualTo("3316" + resident.getString("NO_KEC"));
            LocalDate birth = LocalDate.parse(resident.getString("TGL_LHR"), SIAK_DATE);
            boolean female = resident.getString("JENIS_KLMIN").equals("2");
            assertThat(resident.getString("JENIS_KLMIN")).isIn("1", "2");
            int day = Integer.parseInt(nik.substring(6, 8));
            assertThat(day).isEqualTo(birth.getDayOfMonth() + (female ? 40 : 0));
            assertThat(nik.substring(8, 12)).isEqualTo(String.format("%02d%02d", birth.getMonthValue(), birth.getYear() % 100));
            assertThat(nik.substring(12)).isNotEqualTo("0000");
            assertThat(birth).isBefore(DATA_AS_OF.plusDays(1)).isAfter(LocalDate.of(1920, 1, 1));
        }
    }

    @Test
    void everyKkNumberIsADistrictAnIssueDateAfterItsYoungestMemberAndASerial() {
        for (JsonObject family : families) {
            String kk = family.getString("NO_KK");
            assertThat(kk).matches("[0-9]{16}").startsWith("3316" + family.getString("NO_KEC"));
            LocalDate issued = LocalDate.of(2000 + Integer.parseInt(kk.substring(10, 12)), Integer.parseInt(kk.substring(8, 10)),
                    Integer.parseInt(kk.substring(6, 8)));
            assertThat(issued).isBetween(LocalDate.of(2008, 1, 1), DATA_AS_OF);
            assertThat(kk.substring(12)).isNotEqualTo("0000");
            for (JsonValue member : family.getJsonArray("ANGGOTA")) {
                assertThat(member.asJsonObject().getString("NO_KK")).isEqualTo(kk);
                assertThat(LocalDate.parse(member.asJsonObject().getString("TGL_LHR"), SIAK_DATE)).isBeforeOrEqualTo(issued);
            }
            assertThat(family.getString("NO_PROP")).isEqualTo("33");
            assertThat(family.getString("NO_KAB")).isEqualTo("16");
            assertThat(family.getString("NO_KEL")).matches("[12]0[0-9]{2}");
            assertThat(family.getString("NO_RT")).matches("[0-9]{3}");
            assertThat(family.getString("KODE_POS")).matches("58[0-9]{3}");
        }
    }

    @Test
    void eachFamilyHasOneHeadFirstAndAtMostOneSpouse() {
        for (JsonObject family : families) {
            List<String> relations = family.getJsonArray("ANGGOTA").stream()
                    .map(m -> m.asJsonObject().getString("STAT_HBKEL")).toList();
            assertThat(relations.get(0)).isEqualTo("KEPALA KELUARGA");
            assertThat(relations.stream().filter("KEPALA KELUARGA"::equals).count()).isEqualTo(1);
            assertThat(relations.stream().filter(r -> r.equals("ISTRI") || r.equals("SUAMI")).count()).isLessThanOrEqualTo(1);
            assertThat(RELATIONS).containsAll(relations);
            JsonObject head = family.getJsonArray("ANGGOTA").getJsonObject(0);
            assertThat(family.getString("NAMA_KEP")).isEqualTo(head.getString("NAMA_LGKP"));
            assertThat(age(head)).isGreaterThanOrEqualTo(17);
        }
    }

    @Test
    void childrensParentNiksPointToTheirMotherAndFatherInTheFamily() {
        int childrenWithMother = 0;
        for (JsonObject resident : residents.values()) {
            String relation = resident.getString("STAT_HBKEL");
            if (!resident.isNull("NIK_IBU")) {
                JsonObject mother = residents.get(resident.getString("NIK_IBU"));
                assertThat(mother).as("mother of " + resident.getString("NIK")).isNotNull();
                assertThat(mother.getString("JENIS_KLMIN")).isEqualTo("2");
                assertThat(familyOf.get(mother.getString("NIK"))).isEqualTo(familyOf.get(resident.getString("NIK")));
                assertThat(resident.getString("NAMA_LGKP_IBU")).isEqualTo(mother.getString("NAMA_LGKP"));
                long ageAtBirth = ChronoUnit.YEARS.between(birth(mother), birth(resident));
                assertThat(ageAtBirth).isBetween(15L, 50L);
                if (relation.equals("ANAK")) {
                    assertThat(mother.getString("STAT_HBKEL")).isIn("KEPALA KELUARGA", "ISTRI");
                    childrenWithMother++;
                }
            }
            if (!resident.isNull("NIK_AYAH")) {
                JsonObject father = residents.get(resident.getString("NIK_AYAH"));
                assertThat(father).isNotNull();
                assertThat(father.getString("JENIS_KLMIN")).isEqualTo("1");
                assertThat(familyOf.get(father.getString("NIK"))).isEqualTo(familyOf.get(resident.getString("NIK")));
                assertThat(ChronoUnit.YEARS.between(birth(father), birth(resident))).isGreaterThanOrEqualTo(18L);
            }
            assertThat(resident.getString("NAMA_LGKP_IBU")).isNotBlank();
            assertThat(resident.getString("NAMA_LGKP_AYAH")).isNotBlank();
        }
        assertThat(childrenWithMother).isGreaterThan(30_000);
        for (JsonObject family : families) {
            JsonObject head = family.getJsonArray("ANGGOTA").getJsonObject(0);
            for (JsonValue value : family.getJsonArray("ANGGOTA")) {
                JsonObject member = value.asJsonObject();
                if (member.getString("STAT_HBKEL").equals("ANAK") && member.getString("STAT_KWN").equals("BELUM KAWIN")
                        && head.getString("JENIS_KLMIN").equals("1") && !member.isNull("NIK_AYAH")) {
                    var wife = family.getJsonArray("ANGGOTA").stream().map(JsonValue::asJsonObject)
                            .filter(m -> m.getString("STAT_HBKEL").equals("ISTRI")).findFirst();
                    if (wife.isPresent()) {
                        assertThat(member.getString("NIK_IBU")).isEqualTo(wife.get().getString("NIK"));
                    } else {
                        assertThat(member.isNull("NIK_IBU")).as("child of a single father").isTrue();
                    }
                    assertThat(member.getString("NIK_AYAH")).isEqualTo(head.getString("NIK"));
                }
            }
        }
    }

    @Test
    void birthCertificatesHaveSiaksFormatMostChildrenHaveOneAndSomeElderlyNone() {
        int children = 0;
        int childrenWithCertificate = 0;
        int elders = 0;
        int eldersWithout = 0;
        Set<String> numbers = new HashSet<>();
        for (JsonObject resident : residents.values()) {
            LocalDate birth = birth(resident);
            boolean child = age(resident) < 17;
            children += child ? 1 : 0;
            if (birth.getYear() < 1960) {
                elders++;
            }
            if (resident.isNull("NO_AKTA_LHR")) {
                eldersWithout += birth.getYear() < 1960 ? 1 : 0;
                continue;
            }
            childrenWithCertificate += child ? 1 : 0;
            String number = resident.getString("NO_AKTA_LHR");
            assertThat(numbers.add(number)).as("duplicate akta " + number).isTrue();
            var matcher = AKTA.matcher(number);
            assertThat(matcher.matches()).as(number).isTrue();
            if (resident.getString("TMPT_LHR").equals("BLORA")) {
                assertThat(matcher.group(1)).isEqualTo("3316");
            }
            LocalDate registered = LocalDate.parse(matcher.group(3), DateTimeFormatter.ofPattern("ddMMyyyy"));
            assertThat(registered).isBetween(birth, DATA_AS_OF);
            assertThat(matcher.group(2)).isEqualTo(ChronoUnit.DAYS.between(birth, registered) > 60 ? "LT" : "LU");
            assertThat(matcher.group(4)).isNotEqualTo("0000");
        }
        assertThat(childrenWithCertificate).isGreaterThan(children * 9 / 10);
        assertThat(eldersWithout).isGreaterThan(elders / 2);
    }

    @Test
    void valuesComeFromSiaksVocabulariesAndLookPlausible() {
        Map<String, Integer> religions = new HashMap<>();
        int women = 0;
        for (JsonObject resident : residents.values()) {
            assertThat(RELIGIONS).contains(resident.getString("AGAMA"));
            assertThat(MARITAL).contains(resident.getString("STAT_KWN"));
            assertThat(resident.getString("NAMA_LGKP")).matches("[A-Z][A-Z .']+");
            religions.merge(resident.getString("AGAMA"), 1, Integer::sum);
            women += resident.getString("JENIS_KLMIN").equals("2") ? 1 : 0;
            if (age(resident) < 5) {
                assertThat(resident.getString("PDDK_AKH")).isEqualTo("TIDAK/BELUM SEKOLAH");
                assertThat(resident.getString("STAT_KWN")).isEqualTo("BELUM KAWIN");
            }
            if (resident.getString("STAT_HBKEL").equals("ISTRI")) {
                assertThat(resident.getString("JENIS_KLMIN")).isEqualTo("2");
                assertThat(resident.getString("STAT_KWN")).isEqualTo("KAWIN");
            }
        }
        assertThat(religions.get("ISLAM")).isGreaterThan(95_000);
        assertThat(women).isBetween(45_000, 55_000);
    }

    private static LocalDate birth(JsonObject resident) {
        return LocalDate.parse(resident.getString("TGL_LHR"), SIAK_DATE);
    }

    private static long age(JsonObject resident) {
        return ChronoUnit.YEARS.between(birth(resident), DATA_AS_OF);
    }
}
