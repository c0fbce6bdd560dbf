package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A puskesmas without a system reports a birth through the portal's form: the same intake as REST and SOAP. */
@ExtendWith(ArquillianExtension.class)
class HospitalPortalReportIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theFormOpensTheCaseWithItsLettersOnlyWhenTheChecklistIsConfirmed() throws Exception {
        PortalClient hospital = new PortalClient();
        assertThat(hospital.login(DemoUsers.SECOND_HOSPITAL, Deployments.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        String reference = HospitalRestIT.reference();
        long reports = count("select count(*) from birth_report");

        String page = hospital.get("hospital/birth-report.xhtml").body();
        List<String> checklist = values(page, "report:checklist");
        assertThat(checklist).as("the hospital steps' checklist").isNotEmpty();
        HttpResponse<String> unconfirmed = send(hospital, page, reference, checklist.subList(0, 1));
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(unconfirmed.body()).contains("Daftar periksa belum lengkap");
        assertThat(count("select count(*) from birth_report")).as("nothing stored").isEqualTo(reports);

        HttpResponse<String> sent = send(hospital, hospital.get("hospital/birth-report.xhtml").body(), reference, checklist);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/hospital/case.xhtml?id=");
        String casePage = hospital.follow(sent).body();
        assertThat(casePage).contains("Surat Keterangan Kelahiran (PDF)").contains("3316-SELINTAS-");
        assertThat(count("select count(*) from birth_report where channel = 'PORTAL' and reference = '" + reference + "'"))
                .isEqualTo(1);
        long caseId = Long.parseLong(location.replaceAll(".*id=(\\d+).*", "$1"));
        assertThat(hospital.download("letter?case=" + caseId + "&kind=BIRTH_LETTER").statusCode()).isEqualTo(200);
        PortalClient otherHospital = new PortalClient();
        otherHospital.login("rs.blora", Deployments.DEMO_PASSWORD);
        assertThat(otherHospital.download("letter?case=" + caseId + "&kind=BIRTH_LETTER").statusCode())
                .as("another hospital's case").isEqualTo(404);
    }

    @Test
    void theNewCasePageNeitherOffersNorOpensSelintasWhichBirthReportsOpen() throws Exception {
        PortalClient hospital = new PortalClient();
        assertThat(hospital.login("rs.blora", Deployments.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        String page = hospital.get("hospital/new-case.xhtml").body();
        assertThat(page).doesNotContain("value=\"SELINTAS\"").contains("value=\"SI_JARAN_IJO\"")
                .contains("Kelahiran untuk layanan SELINTAS tidak dibuka di sini").contains("birth-report.xhtml");
        assertThat(hospital.get("hospital/index.xhtml").body()).as("the menu").contains("birth-report.xhtml");
        long selintas = count("select count(*) from service_case where sop_code = 'SELINTAS'");

        // a forged or stale form naming SELINTAS anyway: nothing is opened
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("newCase", "newCase");
        fields.put("newCase:sop_input", "SELINTAS");
        fields.put("newCase:subject", "Bayi Ny. Tanpa Laporan");
        fields.put("newCase:nik", "");
        fields.put("newCase:items", "");
        fields.put("newCase:open", "");
        fields.put("jakarta.faces.ViewState", PortalClient.viewState(page));
        HttpResponse<String> forged = hospital.post("hospital/new-case.xhtml", fields);
        assertThat(forged.statusCode()).as("no redirect to a new case").isEqualTo(200);
        assertThat(count("select count(*) from service_case where sop_code = 'SELINTAS'")).isEqualTo(selintas);

        PortalClient operator = new PortalClient();
        assertThat(operator.login("operator", Deployments.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(operator.get("operator/new-case.xhtml").body()).doesNotContain("value=\"SELINTAS\"")
                .contains("value=\"DIK_JAMILA_MEWA\"").doesNotContain("Kelahiran untuk layanan SELINTAS");
    }

    private static HttpResponse<String> send(PortalClient hospital, String page, String reference, List<String> confirmed)
            throws Exception {
        JsonObject couple = Sandbox.sampleCouple();
        JsonObject mother = couple.getJsonObject("mother");
        JsonObject father = couple.getJsonObject("father");
        List<String[]> fields = new ArrayList<>();
        String[][] values = {
            {"report", "report"}, {"report:reference", reference},
            {"report:dateTime", LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString()},
            {"report:place", "Puskesmas Cepu"}, {"report:attendant_input", "MIDWIFE"}, {"report:attendantName", "Bidan Sri Rejeki"},
            {"report:weight", "2900"}, {"report:length", "48"}, {"report:order", "2"}, {"report:multiplicity_input", "SINGLE"},
            {"report:childName", "Bayi Ny. " + mother.getString("NAMA_LGKP")}, {"report:childSex_input", "FEMALE"},
            {"report:motherNik", mother.getString("NIK")}, {"report:motherName", mother.getString("NAMA_LGKP")},
            {"report:fatherNik", father.getString("NIK")}, {"report:fatherName", father.getString("NAMA_LGKP")},
            {"report:familyKk", couple.getString("NO_KK")}, {"report:marriage_input", "SPTJM"},
            {"report:email", "orangtua@contoh.id"}, {"report:phone", "081234567890"},
            {"report:reporterNik", father.getString("NIK")}, {"report:reporterName", father.getString("NAMA_LGKP")},
            {"report:witness1Nik", "3316081203850002"}, {"report:witness1Name", "Ahmad Yani"},
            {"report:witness2Nik", "3316084507880003"}, {"report:witness2Name", "Dewi Lestari"},
            {"report:submit", ""}, {"jakarta.faces.ViewState", PortalClient.viewState(page)}};
        for (String[] v : values) {
            fields.add(v);
        }
        confirmed.forEach(c -> fields.add(new String[] {"report:checklist", c}));
        Map<String, Map.Entry<String, byte[]>> files = new LinkedHashMap<>();
        files.put("report:scans:0:scan", Map.entry("kk.pdf", HospitalRestIT.PDF));
        files.put("report:scans:1:scan", Map.entry("ktp-ibu.png", HospitalRestIT.PNG));
        files.put("report:scans:2:scan", Map.entry("ktp-ayah.png", HospitalRestIT.PNG));
        files.put("report:scans:4:scan", Map.entry("sptjm.pdf", HospitalRestIT.PDF));
        return hospital.postMultipart("hospital/birth-report.xhtml", fields, files);
    }

    private static List<String> values(String html, String name) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static long count(String sql) throws Exception {
        try (Connection c = Deployments.database(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
