package id.lintas.sandbox.siak;

import static id.lintas.sandbox.siak.Drafts.assertRefused;
import static id.lintas.sandbox.siak.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SandboxServer;
import id.lintas.sandbox.TestClock;
import id.lintas.sandbox.approval.ApprovalPolicy;
import id.lintas.sandbox.siak.numbering.SiakNumbers;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Death registration ({@code "JENIS":"KEMATIAN"}) on a sandbox of its own, since deaths take
 * residents off their KKs for good; its clock moves on a day to show the serials of a new day.
 * SIAK's approval policy is MANUAL unless a test says otherwise.
 */
class DeathDraftTest {
    private static TestClock clock;
    private static SandboxServer server;
    private static SandboxClient client;
    private static List<JsonObject> couples;

    @BeforeAll
    static void start() {
        clock = new TestClock(Instant.now());
        server = SandboxServer.start(new SandboxServer.Options("127.0.0.1", 0, 17, 10_000, SandboxServer.DEFAULT_KEY), clock);
        server.siak().approval().set(ApprovalPolicy.manual());
        client = new SandboxClient(server);
        couples = Samples.couples(client, 30);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void manual() {
        server.siak().approval().set(ApprovalPolicy.manual());
    }

    @Test
    void aDeathIsNumberedKmAndTheResidentIsShownDeadAndOffTheKkWhoseWidowBecomesHead() {
        JsonObject couple = couples.get(0);
        JsonObject father = couple.getJsonObject("father");
        JsonObject mother = couple.getJsonObject("mother");
        String kk = couple.getString("NO_KK");
        JsonObject body = death(father.getString("NIK"), 3).add("SEBAB_KMT", "sakit jantung")
                .add("NIK_PELAPOR", mother.getString("NIK")).build();

        SandboxClient.Response submitted = client.postDraft(UUID.randomUUID().toString(), body);

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().getString("ID_DRAFT");
        assertThat(id).matches("KMT-[0-9]{8}");
        assertThat(submitted.json().getString("JENIS")).isEqualTo("KEMATIAN");
        assertThat(submitted.json().getString("STATUS")).isEqualTo("DIAJUKAN");
        assertThat(resident(father.getString("NIK")).getString("STATUS_HIDUP")).isEqualTo("HIDUP");
        assertThat(resident(father.getString("NIK")).get("TGL_KMT")).isEqualTo(JsonValue.NULL);

        JsonObject issued = approve(id);

        String today = date(today());
        assertThat(issued.getString("NIK")).isEqualTo(father.getString("NIK"));
        assertThat(issued.getString("TGL_KMT")).isEqualTo(date(today().minusDays(3)));
        assertThat(issued.getString("TGL_TERBIT")).isEqualTo(today);
        assertThat(issued.getString("NO_KK")).isEqualTo(kk);
        String deed = issued.getString("NO_AKTA_KMT");
        assertThat(deed).matches("3316-KM-" + today.replace("-", "") + "-[0-9]{4}").doesNotEndWith("0000");
        assertThat(SiakNumbers.isDeathCertificateNumber(deed)).isTrue();
        assertThat(SiakNumbers.isDeedNumber(deed)).isTrue();
        assertThat(SiakNumbers.isBirthCertificateNumber(deed)).isFalse();
        assertThat(issued.getJsonObject("DATA")).isEqualTo(body);

        JsonObject dead = resident(father.getString("NIK"));
        assertThat(dead.getString("STATUS_HIDUP")).isEqualTo("MATI");
        assertThat(dead.getString("TGL_KMT")).isEqualTo(issued.getString("TGL_KMT"));
        assertThat(dead.getString("NO_AKTA_KMT")).isEqualTo(deed);
        assertThat(dead.getString("NO_KK")).isEqualTo(kk);
        assertThat(dead.getString("ALAMAT")).isEqualTo(father.getString("ALAMAT"));
        JsonObject family = client.get("/siak/v1/keluarga/" + kk).json();
        List<JsonObject> members = family.getJsonArray("ANGGOTA").getValuesAs(JsonObject.class);
        assertThat(members).extracting(m -> m.getString("NIK")).doesNotContain(father.getString("NIK"))
                .startsWith(mother.getString("NIK"));
        assertThat(family.getInt("JUMLAH_ANGGOTA")).isEqualTo(members.size());
        assertThat(family.getString("NAMA_KEP")).isEqualTo(mother.getString("NAMA_LGKP"));
        assertThat(members.get(0).getString("STAT_HBKEL")).isEqualTo("KEPALA KELUARGA");
        assertThat(members.get(0).getString("STAT_KWN")).isEqualTo("CERAI MATI");
        assertThat(members).allSatisfy(m -> assertThat(m.getString("STATUS_HIDUP")).isEqualTo("HIDUP"));
        SandboxClient.Response verified = client.post("/siak/v1/verifikasi", SandboxClient.object()
                .add("NIK", father.getString("NIK")).add("STATUS_HIDUP", "mati").add("TGL_KMT", issued.getString("TGL_KMT")).build());
        assertThat(verified.json().getBoolean("SESUAI_SEMUA")).as(verified.body()).isTrue();

        JsonObject again = approve(id);
        for (String key : List.of("NIK", "NO_KK", "NO_AKTA_KMT", "TGL_KMT", "TGL_TERBIT")) {
            assertThat(again.getString(key)).isEqualTo(issued.getString(key));
        }
    }

    @Test
    void akteKematianSerialsCountPerDayApartFromBirthsAndStartAgainTheNextDay() {
        String first = approve(submit(death(couples.get(1).getJsonObject("father").getString("NIK"), 1).build()))
                .getString("NO_AKTA_KMT");
        JsonObject birth = Samples.birthOnKk(couples.get(2), "SEKAR AYU", "2", 1);
        assertThat(approve(submit(birth)).getString("NO_AKTA_LHR")).startsWith("3316-LU-");
        String second = approve(submit(death(couples.get(3).getJsonObject("mother").getString("NIK"), 1).build()))
                .getString("NO_AKTA_KMT");

        assertThat(second.substring(0, 16)).isEqualTo(first.substring(0, 16));
        assertThat(serial(second)).isEqualTo(serial(first) + 1);

        clock.advance(Duration.ofDays(1));
        String nextDay = approve(submit(death(couples.get(4).getJsonObject("father").getString("NIK"), 2).build()))
                .getString("NO_AKTA_KMT");

        assertThat(nextDay).isEqualTo("3316-KM-" + date(today()).replace("-", "") + "-0001");
    }

    @Test
    void aDeathDraftWithFormProblemsIsRefusedAtOnceWithEveryProblemByField() {
        JsonObject body = SandboxClient.object().add("JENIS", "kematian").add("TGL_KMT", "2026-01-31")
                .add("TMPT_KMT", " x ").add("NIK_PELAPOR", "331609").build();

        SandboxClient.Response response = client.postDraft(UUID.randomUUID().toString(), body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().getString("KODE")).isEqualTo("VALIDASI_GAGAL");
        assertThat(response.json().getJsonArray("KESALAHAN").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("FIELD"))
                .containsExactly("NIK", "TGL_KMT", "TMPT_KMT", "NIK_PELAPOR");
        JsonObject valid = death(couples.get(5).getJsonObject("father").getString("NIK"), 1).build();
        assertRefused(client, with(valid, "TGL_KMT", "31-02-2026"), "TGL_KMT", "dd-MM-yyyy");
        assertRefused(client, with(valid, "TMPT_KMT", " "), "TMPT_KMT", "wajib");
        assertRefused(client, with(valid, "TMPT_KMT", "X".repeat(61)), "TMPT_KMT", "60");
        assertRefused(client, with(valid, "NIK", "3316090101010000"), "NIK", "0000");
        assertRefused(client, with(valid, "SEBAB_KMT", "X".repeat(201)), "SEBAB_KMT", "200");
        assertRefused(client, with(valid, "JENIS", "PERKAWINAN"), "JENIS", "KELAHIRAN, PERUBAHAN_BIODATA, KEMATIAN");
    }

    @Test
    void aDeathThatBreaksSiaksRulesIsRefusedWith422() {
        JsonObject couple = couples.get(6);
        String father = couple.getJsonObject("father").getString("NIK");
        JsonObject valid = death(father, 1).build();

        assertRefused(client, with(valid, "NIK", "3316094101019999"), "NIK", "tidak terdaftar");
        assertRefused(client, with(valid, "TGL_KMT", date(today().plusDays(1))), "TGL_KMT", "hari ini");
        LocalDate born = LocalDate.parse(couple.getJsonObject("father").getString("TGL_LHR"), Samples.SIAK_DATE);
        assertRefused(client, with(valid, "TGL_KMT", date(born.minusDays(1))), "TGL_KMT", "sebelum tanggal lahir");
        assertRefused(client, with(valid, "NIK_PELAPOR", "3316094101019999"), "NIK_PELAPOR", "tidak terdaftar");
        assertRefused(client, with(valid, "NIK_PELAPOR", father), "NIK_PELAPOR", "itu sendiri");
        assertThat(client.postDraft(UUID.randomUUID().toString(), with(valid, "TGL_KMT", date(born))).status())
                .as("dying on the day one was born").isEqualTo(201);
    }

    @Test
    void theDeadCannotDieAgainReportADeathOrChangeTheirBiodata() {
        JsonObject couple = couples.get(7);
        String father = couple.getJsonObject("father").getString("NIK");
        String mother = couple.getJsonObject("mother").getString("NIK");
        String raced = submit(death(father, 2).build());
        String biodata = submit(SandboxClient.object().add("JENIS", "PERUBAHAN_BIODATA").add("NIK", father)
                .add("JENIS_PKRJN", "WIRASWASTA".equals(couple.getJsonObject("father").getString("JENIS_PKRJN")) ? "PEDAGANG" : "WIRASWASTA")
                .build());
        approve(submit(death(father, 1).build()));

        assertRefused(client, death(father, 1).build(), "NIK", "sudah meninggal");
        assertRefused(client, death(mother, 1).add("NIK_PELAPOR", father).build(), "NIK_PELAPOR", "tidak dapat menjadi pelapor");
        assertRefused(client, SandboxClient.object().add("JENIS", "PERUBAHAN_BIODATA").add("NIK", father).add("AGAMA", "HINDU").build(),
                "NIK", "biodatanya tidak dapat diubah");
        SandboxClient.Response byHand = client.post("/siak/v1/draft/" + raced + "/setujui", "");
        assertThat(byHand.status()).isEqualTo(422);
        assertThat(poll(raced).getString("STATUS")).isEqualTo("DIAJUKAN");

        server.siak().approval().set(ApprovalPolicy.defaults());
        JsonObject rejected = poll(raced);
        JsonObject rejectedChange = poll(biodata);

        assertThat(rejected.getString("STATUS")).isEqualTo("DITOLAK");
        assertThat(rejected.getString("ALASAN")).startsWith("Draft tidak dapat disetujui: ").contains("sudah meninggal pada");
        assertThat(rejected.containsKey("NO_AKTA_KMT")).isFalse();
        assertThat(rejectedChange.getString("STATUS")).isEqualTo("DITOLAK");
        assertThat(rejectedChange.getString("ALASAN")).contains("biodatanya tidak dapat diubah");
    }

    @Test
    void aDeathIsSubmittedOncePerIdempotencyKeyAndDecidedWhenPolledUnderAuto() {
        server.siak().approval().set(ApprovalPolicy.defaults());
        String key = UUID.randomUUID().toString();
        JsonObject body = death(couples.get(8).getJsonObject("mother").getString("NIK"), 5).build();

        assertThat(client.postDraft(key, with(body, "TGL_KMT", date(today().plusDays(2)))).status()).isEqualTo(422);
        SandboxClient.Response submitted = client.postDraft(key, body);
        SandboxClient.Response replayed = client.postDraft(key, SandboxClient.parse(body.toString().replace(",", " , ")));

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).contains("true");
        String id = submitted.json().getString("ID_DRAFT");
        assertThat(replayed.json().getString("ID_DRAFT")).isEqualTo(id);
        assertThat(replayed.json().getString("STATUS")).isEqualTo("DIAJUKAN");
        assertThat(client.postDraft(key, with(body, "TMPT_KMT", "RSUD Dr. R. Soeprapto Cepu")).json().getString("KODE")).isEqualTo("IDEMPOTENCY_KEY_BENTROK");

        JsonObject issued = poll(id);

        assertThat(issued.getString("STATUS")).isEqualTo("TERBIT");
        assertThat(issued.getString("NO_AKTA_KMT")).startsWith("3316-KM-");
        assertThat(client.postDraft(key, body).json().getString("STATUS")).isEqualTo("TERBIT");
        assertThat(poll(id).getString("NO_AKTA_KMT")).isEqualTo(issued.getString("NO_AKTA_KMT"));
    }

    @Test
    void whenTheLastMemberOfAKkDiesTheKkIsClosedAndTheDeadKeepItsAddress() {
        String kk = couples.get(9).getString("NO_KK");
        JsonObject family = client.get("/siak/v1/keluarga/" + kk).json();
        List<JsonObject> members = family.getJsonArray("ANGGOTA").getValuesAs(JsonObject.class);

        for (JsonObject member : members) {
            assertThat(approve(submit(death(member.getString("NIK"), 0).add("TMPT_KMT", "blora").build()))
                    .getString("NO_KK")).isEqualTo(kk);
        }

        assertThat(client.get("/siak/v1/keluarga/" + kk).status()).isEqualTo(404);
        JsonObject last = resident(members.get(members.size() - 1).getString("NIK"));
        assertThat(last.getString("STATUS_HIDUP")).isEqualTo("MATI");
        assertThat(last.getString("ALAMAT")).isEqualTo(family.getString("ALAMAT"));
    }

    private static JsonObjectBuilder death(String nik, int daysAgo) {
        return SandboxClient.object().add("JENIS", "KEMATIAN").add("NIK", nik).add("TGL_KMT", date(today().minusDays(daysAgo)))
                .add("TMPT_KMT", "RSUD Dr. R. Soetijono Blora");
    }

    private static LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String date(LocalDate date) {
        return date.format(Samples.SIAK_DATE);
    }

    private static int serial(String deed) {
        return Integer.parseInt(deed.substring(17));
    }

    private static JsonObject resident(String nik) {
        SandboxClient.Response response = client.get("/siak/v1/penduduk/" + nik);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String submit(JsonObject body) {
        SandboxClient.Response response = client.postDraft(UUID.randomUUID().toString(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().getString("ID_DRAFT");
    }

    private static JsonObject approve(String id) {
        SandboxClient.Response response = client.post("/siak/v1/draft/" + id + "/setujui", "");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().getString("STATUS")).isEqualTo("TERBIT");
        return response.json();
    }

    private static JsonObject poll(String id) {
        return client.get("/siak/v1/draft/" + id).json();
    }
}
