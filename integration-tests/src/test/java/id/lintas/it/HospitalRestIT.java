package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hospital REST API as a hospital's system uses it: HTTP Basic over TLS (trusting the server's
 * certificate alone), JSON reports with base64 scans, RFC 9457 problems, idempotent references,
 * one hospital's reports hidden from another; plain HTTP refused.
 */
@ExtendWith(ArquillianExtension.class)
class HospitalRestIT {
    static final String BIRTHS = Deployments.HTTPS + "api/v1/hospital/births";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final HttpClient HTTP = Deployments.httpsClient().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A complete report of a baby born an hour ago to a couple SIAK knows. */
    static JsonObject report(String reference) throws Exception {
        JsonObject couple = Sandbox.sampleCouple();
        JsonObject mother = couple.getJsonObject("mother");
        JsonObject father = couple.getJsonObject("father");
        return Json.createObjectBuilder()
                .add("reference", reference)
                .add("birth", Json.createObjectBuilder()
                        .add("dateTime", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString())
                        .add("place", "RSUD dr. R. Soetijono Blora").add("attendant", "MIDWIFE").add("attendantName", "Bidan Ani Lestari")
                        .add("weightGrams", 3150).add("lengthCm", 49).add("birthOrder", 1).add("multiplicity", "SINGLE"))
                .add("child", Json.createObjectBuilder().add("name", "Bayi Ny. " + mother.getString("NAMA_LGKP")).add("sex", "MALE"))
                .add("mother", person(mother.getString("NIK"), mother.getString("NAMA_LGKP")))
                .add("father", person(father.getString("NIK"), father.getString("NAMA_LGKP")))
                .add("familyKk", couple.getString("NO_KK"))
                .add("marriage", Json.createObjectBuilder().add("evidence", "SPTJM"))
                .add("reporter", person(father.getString("NIK"), father.getString("NAMA_LGKP")))
                .add("witnesses", Json.createArrayBuilder().add(person("3316081203850002", "Ahmad Yani"))
                        .add(person("3316084507880003", "Dewi Lestari")))
                .add("scans", Json.createArrayBuilder().add(scan("KK", "kk.pdf", PDF)).add(scan("MOTHER_ID", "ktp-ibu.png", PNG))
                        .add(scan("FATHER_ID", "ktp-ayah.png", PNG)).add(scan("SPTJM", "sptjm.pdf", PDF)))
                .build();
    }

    static JsonObjectBuilder person(String nik, String name) {
        return Json.createObjectBuilder().add("nik", nik).add("name", name);
    }

    static JsonObjectBuilder scan(String kind, String fileName, byte[] content) {
        return Json.createObjectBuilder().add("kind", kind).add("fileName", fileName)
                .add("content", Base64.getEncoder().encodeToString(content));
    }

    static String reference() {
        return "RM-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static HttpResponse<String> post(String user, String body) throws Exception {
        return HTTP.send(request(BIRTHS, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String user, String reference) throws Exception {
        return HTTP.send(request(BIRTHS + "/" + reference, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder request(String url, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + Deployments.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    /** The report's status once its case is open (accepted reports are opened a moment later). */
    static JsonObject awaitOpened(String user, String reference) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            HttpResponse<String> r = get(user, reference);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonObject status = json(r.body());
            assertThat(status.getString("report")).as(r.body()).isNotEqualTo("FAILED");
            if (status.getString("report").equals("OPENED")) {
                return status;
            }
            assertThat(System.nanoTime()).as("the case of " + reference + " was never opened").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void aHospitalSubmitsAReportAndFollowsItsCase() throws Exception {
        String ref = reference();
        JsonObject sent = report(ref); // built once: its time of birth is "an hour ago" to the minute
        HttpResponse<String> created = post("rs.blora", sent.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(BIRTHS + "/" + ref);
        JsonObject receipt = json(created.body());
        assertThat(receipt.getString("caseNumber")).matches("3316-SELINTAS-\\d{4}-\\d{6}");
        assertThat(receipt.getBoolean("replayed")).isFalse();

        JsonObject s = awaitOpened("rs.blora", ref);
        assertThat(s.getString("caseNumber")).isEqualTo(receipt.getString("caseNumber"));
        assertThat(s.getJsonObject("currentStep").getString("key")).as("the hospital's own steps are done").isEqualTo("courier_pickup");
        assertThat(s.getJsonArray("steps").getValuesAs(JsonObject.class)).extracting(o -> o.getString("key"))
                .startsWith("receive_application", "check_and_register", "enter_in_siak", "issue_birth_letter");
        for (String letter : new String[] {"surat-keterangan-kelahiran", "surat-pengantar"}) {
            HttpResponse<byte[]> pdf = HTTP.send(request(BIRTHS + "/" + ref + "/letters/" + letter, "rs.blora")
                    .setHeader("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).as(letter).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        assertThat(s.getJsonArray("siak")).as("the SIAK entry is in the outbox").hasSize(1);

        HttpResponse<String> again = post("rs.blora", sent.toString().replace("\"reference\"", " \"reference\""));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again.body()).getString("caseNumber")).isEqualTo(receipt.getString("caseNumber"));
        assertThat(json(again.body()).getBoolean("replayed")).isTrue();
        assertThat(count("select count(*) from birth_report where reference = '" + ref + "'")).isEqualTo(1);
        assertThat(count("select count(*) from service_case where case_number = '" + receipt.getString("caseNumber") + "'")).isEqualTo(1);
    }

    @Test
    void theSameReferenceWithOtherContentIsAConflictAndAnotherHospitalCannotSeeIt() throws Exception {
        String ref = reference();
        assertThat(post("rs.blora", report(ref).toString()).statusCode()).isEqualTo(201);
        JsonObject other = change(report(ref), o -> Json.createObjectBuilder(o).add("child",
                Json.createObjectBuilder().add("name", "Bayi Lain").add("sex", "FEMALE")).build());
        HttpResponse<String> conflict = post("rs.blora", other.toString());
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(conflict.body()).getString("detail")).contains(ref);

        assertThat(get(DemoUsers.SECOND_HOSPITAL, ref).statusCode()).as("another hospital's reference").isEqualTo(404);
        HttpResponse<String> own = post(DemoUsers.SECOND_HOSPITAL, report(ref).toString());
        assertThat(own.statusCode()).as("the puskesmas may use the same reference for its own report").isEqualTo(201);
        assertThat(json(own.body()).getString("caseNumber")).isNotEqualTo(json(get("rs.blora", ref).body()).getString("caseNumber"));
        assertThat(awaitOpened(DemoUsers.SECOND_HOSPITAL, ref).getString("caseNumber")).isEqualTo(json(own.body()).getString("caseNumber"));
    }

    @Test
    void withoutValidCredentialsTheApiAsksForThemAndCreatesNoSession() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(request(BIRTHS + "/x", null).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic realm="));
        HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(BIRTHS + "/x"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("rs.blora:salah".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> operator = get("operator", "x");
        assertThat(operator.statusCode()).as("office staff are not a hospital").isEqualTo(403);
        HttpResponse<String> ok = get("rs.blora", "tidak-ada");
        assertThat(ok.statusCode()).isEqualTo(404);
        assertThat(ok.headers().allValues("Set-Cookie")).as("no session for API calls").isEmpty();
    }

    @Test
    void overPlainHttpTheApiRefusesBeforeLookingAtTheCredentialsAndStoresNothing() throws Exception {
        String plain = Deployments.BASE + "api/v1/hospital/births";
        String ref = reference();
        HttpResponse<String> post = HTTP.send(request(plain, "rs.blora").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(report(ref).toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as(post.body()).isEqualTo(403);
        assertThat(post.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = json(post.body());
        assertThat(problem.getString("type")).isEqualTo("urn:lintas:problem:transport.httpsRequired");
        assertThat(problem.getInt("status")).isEqualTo(403);
        assertThat(problem.getString("detail")).startsWith("Gunakan HTTPS").contains(BIRTHS);
        assertThat(problem.getString("detailEn")).startsWith("Use HTTPS").contains(BIRTHS);
        assertThat(post.headers().allValues("Set-Cookie")).as("no session").isEmpty();
        assertThat(post.headers().firstValue("WWW-Authenticate")).as("no invitation to send a password in the clear").isEmpty();

        HttpResponse<String> wrongPassword = HTTP.send(HttpRequest.newBuilder(URI.create(plain + "/" + ref))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("rs.blora:salah".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongPassword.statusCode()).as("refused before the password is checked").isEqualTo(403);
        HttpResponse<String> anonymous = HTTP.send(request(plain + "/" + ref, null).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(json(anonymous.body()).getString("detailEn")).contains(BIRTHS + "/" + ref);
        HttpResponse<String> spoofed = HTTP.send(request(plain + "/" + ref, "rs.blora").header("X-Forwarded-Proto", "https")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(spoofed.statusCode()).as("X-Forwarded-Proto from a client that is no trusted proxy").isEqualTo(403);

        assertThat(count("select count(*) from birth_report where reference = '" + ref + "'")).as("nothing stored").isZero();
        assertThat(post("rs.blora", report(ref).toString()).statusCode()).as("the same report over https").isEqualTo(201);
    }

    @Test
    void badReportsAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
        long before = count("select count(*) from birth_report");
        long cases = count("select count(*) from service_case");

        JsonObject problem = refused(422, o -> {
            JsonObjectBuilder b = Json.createObjectBuilder(o);
            b.remove("familyKk");
            b.add("mother", person("3316081811010001", "Sri")); // a man's NIK
            b.add("father", person("3316-08", "Budi"));          // malformed
            b.add("birth", Json.createObjectBuilder(o.getJsonObject("birth"))
                    .add("dateTime", OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(1).toString()).add("weightGrams", "3 kg"));
            return b.build();
        });
        assertThat(fields(problem)).contains("familyKk", "mother.nik", "father.nik", "birth.dateTime", "birth.weightGrams");
        JsonObject maleMother = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals("mother.nik")).findFirst().orElseThrow();
        assertThat(maleMother.getString("message")).contains("laki-laki");
        assertThat(maleMother.getString("messageEn")).contains("man");
        assertThat(maleMother.getString("pointer")).isEqualTo("/mother/nik");

        byte[] executable = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        JsonObject fakePdf = refused(422, o -> Json.createObjectBuilder(o).add("scans", Json.createArrayBuilder()
                .add(scan("KK", "kk.pdf", executable)).add(scan("MOTHER_ID", "ktp-ibu.png", PNG))
                .add(scan("FATHER_ID", "ktp-ayah.png", PNG)).add(scan("SPTJM", "sptjm.pdf", PDF))).build());
        assertThat(fields(fakePdf)).contains("scans[0].content");

        byte[] huge = new byte[30 * 1024 * 1024];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        JsonObject tooLarge = refused(413, o -> Json.createObjectBuilder(o).add("scans", Json.createArrayBuilder()
                .add(scan("KK", "kk.pdf", huge))).build());
        assertThat(tooLarge.getString("detailEn")).contains("too large");

        HttpResponse<String> notJson = post("rs.blora", "{\"reference\": \"RM-1\", ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        assertThat(count("select count(*) from birth_report")).as("no report stored").isEqualTo(before);
        assertThat(count("select count(*) from service_case")).as("no case opened").isEqualTo(cases);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.BASE + "health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("the server is healthy").isEqualTo(200);
    }

    private static JsonObject refused(int status, UnaryOperator<JsonObject> change) throws Exception {
        HttpResponse<String> r = post("rs.blora", change(report(reference()), change).toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = json(r.body());
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getString("detailEn")).isNotBlank();
        return problem;
    }

    private static JsonObject change(JsonObject o, UnaryOperator<JsonObject> change) {
        return change.apply(o);
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    private static long count(String sql) throws Exception {
        try (Connection c = Deployments.database(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theServerPublishesAnOpenApiDocumentOfTheHospitalApi() throws Exception {
        HttpResponse<String> openApi = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.BASE + "openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/v1/hospital/births").contains("/api/v1/hospital/births/{reference");
    }
}
