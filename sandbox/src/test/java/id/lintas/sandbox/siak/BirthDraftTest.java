package id.lintas.sandbox.siak;

import static id.lintas.sandbox.siak.Drafts.assertRefused;
import static id.lintas.sandbox.siak.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SandboxServer;
import id.lintas.sandbox.SharedSandbox;
import id.lintas.sandbox.approval.ApprovalPolicy;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drafts approved and rejected by hand: SIAK's approval policy is MANUAL while these run. */
class BirthDraftTest {
    private static SandboxClient client;
    private static List<JsonObject> couples;
    private static ApprovalPolicy approvalBefore;

    @BeforeAll
    static void start() {
        SandboxServer server = SharedSandbox.get();
        approvalBefore = server.siak().approval().current();
        server.siak().approval().set(ApprovalPolicy.manual());
        client = new SandboxClient(server);
        couples = Samples.couples(client, 40);
    }

    @AfterAll
    static void restoreApproval() {
        SharedSandbox.get().siak().approval().set(approvalBefore);
    }

    @Test
    void aBirthIsSubmittedApprovedAndNumberedAndTheBabyBecomesAResident() {
        JsonObject couple = couples.get(10);
        JsonObject mother = couple.getJsonObject("mother");
        JsonObject body = Samples.birthOnKk(couple, "AISYAH PUTRI RAMADHANI", "2", 2);

        SandboxClient.Response submitted = client.postDraft(UUID.randomUUID().toString(), body);

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.json().getString("RESPON")).isEqualTo("SUKSES");
        assertThat(submitted.json().getString("STATUS")).isEqualTo("DIAJUKAN");
        String id = submitted.json().getString("ID_DRAFT");
        assertThat(id).matches("KLH-[0-9]{8}");
        SandboxClient.Response pending = client.get("/siak/v1/draft/" + id);
        assertThat(pending.json().getString("STATUS")).isEqualTo("DIAJUKAN");
        assertThat(pending.json().getJsonObject("DATA")).isEqualTo(body);
        assertThat(pending.json().containsKey("NIK")).isFalse();

        SandboxClient.Response approved = client.post("/siak/v1/draft/" + id + "/setujui", "");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        JsonObject issued = approved.json();
        assertThat(issued.getString("STATUS")).isEqualTo("TERBIT");
        String nik = issued.getString("NIK");
        String birth = Samples.today().minusDays(2).format(Samples.SIAK_DATE);
        assertThat(nik).hasSize(16)
                .startsWith(mother.getString("NIK").substring(0, 6))
                .matches("[0-9]{16}");
        assertThat(nik.substring(6, 12)).isEqualTo((Integer.parseInt(birth.substring(0, 2)) + 40)
                + birth.substring(3, 5) + birth.substring(8, 10));
        assertThat(nik.substring(12)).isNotEqualTo("0000");
        assertThat(issued.getString("NO_KIA")).isEqualTo(nik);
        assertThat(issued.getString("NO_KK")).isEqualTo(couple.getString("NO_KK"));
        assertThat(issued.getBoolean("KK_BARU")).isFalse();
        assertThat(issued.getString("NO_AKTA_LHR")).matches("3316-LU-" + Samples.today().format(Samples.SIAK_DATE).replace("-", "")
                + "-[0-9]{4}").doesNotEndWith("0000");
        assertThat(issued.getString("TGL_TERBIT")).isEqualTo(Samples.today().format(Samples.SIAK_DATE));

        SandboxClient.Response baby = client.get("/siak/v1/penduduk/" + nik);
        assertThat(baby.status()).isEqualTo(200);
        assertThat(baby.json().getString("NAMA_LGKP")).isEqualTo("AISYAH PUTRI RAMADHANI");
        assertThat(baby.json().getString("JENIS_KLMIN")).isEqualTo("2");
        assertThat(baby.json().getString("TGL_LHR")).isEqualTo(birth);
        assertThat(baby.json().getString("STAT_HBKEL")).isEqualTo("ANAK");
        assertThat(baby.json().getString("STAT_KWN")).isEqualTo("BELUM KAWIN");
        assertThat(baby.json().getString("NIK_IBU")).isEqualTo(mother.getString("NIK"));
        assertThat(baby.json().getString("NAMA_LGKP_IBU")).isEqualTo(mother.getString("NAMA_LGKP"));
        assertThat(baby.json().getString("NIK_AYAH")).isEqualTo(couple.getJsonObject("father").getString("NIK"));
        assertThat(baby.json().getString("NO_AKTA_LHR")).isEqualTo(issued.getString("NO_AKTA_LHR"));
        assertThat(baby.json().getString("AGAMA")).isEqualTo(mother.getString("AGAMA"));
        assertThat(baby.json().getString("ALAMAT")).isEqualTo(mother.getString("ALAMAT"));
        assertThat(memberNiks(couple.getString("NO_KK"))).contains(nik);

        SandboxClient.Response again = client.post("/siak/v1/draft/" + id + "/setujui", "");
        assertThat(again.status()).isEqualTo(200);
        for (String key : List.of("NIK", "NO_KK", "NO_AKTA_LHR", "NO_KIA", "TGL_TERBIT")) {
            assertThat(again.json().getString(key)).isEqualTo(issued.getString(key));
        }
        assertThat(client.get("/siak/v1/draft/" + id).json().getString("NIK")).isEqualTo(nik);
    }

    @Test
    void aYoungCouplesBabyIsAGrandchildOnTheirParentsKkOrStartsANewKkWithoutOne() {
        JsonObject young = Samples.fetch(client, 1).getJsonObject("youngCouple");
        JsonObject mother = young.getJsonObject("mother");
        JsonObject father = young.getJsonObject("father");
        String parentsKk = young.getString("NO_KK_ORANG_TUA");
        JsonObject first = SandboxClient.object().add("JENIS", "KELAHIRAN").add("NAMA_LGKP", "MUHAMMAD RIZKY PRATAMA")
                .add("JENIS_KLMIN", "1").add("TMPT_LHR", "Blora").add("TGL_LHR", Samples.today().minusDays(400).format(Samples.SIAK_DATE))
                .add("NIK_IBU", mother.getString("NIK")).add("NIK_AYAH", father.getString("NIK")).add("NO_KK", parentsKk).build();

        JsonObject grandchild = approve(submit(first));

        assertThat(grandchild.getString("NO_KK")).isEqualTo(parentsKk);
        assertThat(grandchild.getString("NO_AKTA_LHR")).startsWith("3316-LT-");
        assertThat(client.get("/siak/v1/penduduk/" + grandchild.getString("NIK")).json().getString("STAT_HBKEL")).isEqualTo("CUCU");

        JsonObjectBuilder second = SandboxClient.object();
        first.forEach(second::add);
        JsonObject secondBirth = second.remove("NO_KK").add("NAMA_LGKP", "NAYLA AZZAHRA").add("JENIS_KLMIN", "2")
                .add("TGL_LHR", Samples.today().format(Samples.SIAK_DATE)).build();

        JsonObject issued = approve(submit(secondBirth));

        assertThat(issued.getBoolean("KK_BARU")).isTrue();
        String kk = issued.getString("NO_KK");
        assertThat(kk).isNotEqualTo(parentsKk).hasSize(16).startsWith("3316" + mother.getString("NO_KEC"));
        String today = Samples.today().format(Samples.SIAK_DATE);
        assertThat(kk.substring(6, 12)).isEqualTo(today.substring(0, 2) + today.substring(3, 5) + today.substring(8, 10));
        JsonObject family = client.get("/siak/v1/keluarga/" + kk).json();
        assertThat(family.getString("NAMA_KEP")).isEqualTo(father.getString("NAMA_LGKP"));
        assertThat(family.getString("ALAMAT")).isEqualTo(mother.getString("ALAMAT"));
        assertThat(family.getJsonArray("ANGGOTA").stream().map(JsonValue::asJsonObject)
                .map(m -> m.getString("NIK") + " " + m.getString("STAT_HBKEL")))
                .containsExactly(father.getString("NIK") + " KEPALA KELUARGA", mother.getString("NIK") + " ISTRI",
                        issued.getString("NIK") + " ANAK");
        assertThat(memberNiks(parentsKk)).doesNotContain(mother.getString("NIK"), father.getString("NIK"))
                .contains(grandchild.getString("NIK"));
        assertThat(client.get("/siak/v1/penduduk/" + mother.getString("NIK")).json().getString("NO_KK")).isEqualTo(kk);
    }

    @Test
    void aBirthThatBreaksSiaksRulesIsRefusedWith422AndEveryProblem() {
        JsonObject couple = couples.get(11);
        String mother = couple.getJsonObject("mother").getString("NIK");
        String father = couple.getJsonObject("father").getString("NIK");
        JsonObject valid = Samples.birthOnKk(couple, "DIMAS ARKAN", "1", 1);

        assertRefused(client, with(valid, "NIK_IBU", "3316094101019999"), "NIK_IBU", "tidak terdaftar");
        assertRefused(client, with(valid, "NIK_IBU", father), "NIK_IBU", "laki-laki");
        assertRefused(client, with(valid, "NIK_AYAH", mother), "NIK_AYAH", "perempuan");
        assertRefused(client, with(valid, "TGL_LHR", Samples.today().plusDays(1).format(Samples.SIAK_DATE)), "TGL_LHR", "hari ini");
        assertRefused(client, with(valid, "TGL_LHR", "2025-01-31"), "TGL_LHR", "dd-MM-yyyy");
        assertRefused(client, with(valid, "TGL_LHR", "30-02-2025"), "TGL_LHR", "dd-MM-yyyy");
        assertRefused(client, with(valid, "NAMA_LGKP", " "), "NAMA_LGKP", "wajib");
        assertRefused(client, with(valid, "NAMA_LGKP", "BAYI 2"), "NAMA_LGKP", "huruf");
        assertRefused(client, with(valid, "JENIS_KLMIN", "L"), "JENIS_KLMIN", "1 (laki-laki)");
        assertRefused(client, with(valid, "NO_KK", couples.get(12).getString("NO_KK")), "NO_KK", "bukan anggota");
        assertRefused(client, with(valid, "NO_KK", "3316090101259999"), "NO_KK", "tidak terdaftar");
        assertRefused(client, with(valid, "NIK_IBU", "331609"), "NIK_IBU", "16 digit");
        assertRefused(client, with(valid, "ANAK_KE", "0"), "ANAK_KE", "1 sampai 20");
        assertRefused(client, with(valid, "BERAT", "50"), "BERAT", "kg");
        assertRefused(client, with(valid, "JENIS", "PERKAWINAN"), "JENIS", "tidak dikenal");
        JsonObjectBuilder withoutKk = SandboxClient.object();
        valid.forEach(withoutKk::add);
        assertRefused(client, withoutKk.remove("NO_KK").build(), "NO_KK", "isi NO_KK");

        SandboxClient.Response many = client.postDraft(UUID.randomUUID().toString(),
                with(with(valid, "NIK_IBU", father), "TGL_LHR", Samples.today().plusDays(1).format(Samples.SIAK_DATE)));
        assertThat(many.status()).isEqualTo(422);
        assertThat(many.json().getString("PESAN")).contains("laki-laki").contains("hari ini");
        assertThat(many.json().getJsonArray("KESALAHAN")).hasSize(2);
    }

    @Test
    void aDraftWithoutIdempotencyKeyIs400() {
        SandboxClient.Response response = client.send(client.request("/siak/v1/draft")
                .POST(HttpRequest.BodyPublishers.ofString(Samples.birthOnKk(couples.get(13), "BIMA SAPUTRA", "1", 1).toString()))
                .build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().getString("KODE")).isEqualTo("IDEMPOTENCY_KEY_WAJIB");
    }

    @Test
    void aRejectedDraftCannotBeApprovedAndUnknownDraftsAre404() {
        String id = submit(Samples.birthOnKk(couples.get(14), "GILANG PERMANA", "1", 5)).getString("ID_DRAFT");

        assertThat(client.post("/siak/v1/draft/" + id + "/tolak", "{}").status()).isEqualTo(422);
        SandboxClient.Response rejected = client.post("/siak/v1/draft/" + id + "/tolak", "{\"ALASAN\":\"Surat keterangan lahir tidak terbaca\"}");

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().getString("STATUS")).isEqualTo("DITOLAK");
        assertThat(rejected.json().getString("ALASAN")).isEqualTo("Surat keterangan lahir tidak terbaca");
        SandboxClient.Response approve = client.post("/siak/v1/draft/" + id + "/setujui", "");
        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.json().getString("KODE")).isEqualTo("DRAFT_SUDAH_DITOLAK");
        assertThat(client.get("/siak/v1/draft/KLH-99999999").status()).isEqualTo(404);
        assertThat(client.post("/siak/v1/draft/KLH-99999999/setujui", "").status()).isEqualTo(404);
    }

    @Test
    void aBiodataChangeIsAppliedWhenApproved() {
        JsonObject father = couples.get(15).getJsonObject("father");
        String occupation = father.getString("JENIS_PKRJN").equals("WIRASWASTA") ? "PEDAGANG" : "WIRASWASTA";
        JsonObject body = SandboxClient.object().add("JENIS", "PERUBAHAN_BIODATA").add("NIK", father.getString("NIK"))
                .add("JENIS_PKRJN", occupation.toLowerCase()).add("PDDK_AKH", "DIPLOMA IV/STRATA I")
                .add("NAMA_LGKP", father.getString("NAMA_LGKP") + " SUSANTO").build();

        JsonObject submitted = submit(body);
        assertThat(submitted.getString("ID_DRAFT")).startsWith("BIO-");
        assertThat(client.get("/siak/v1/penduduk/" + father.getString("NIK")).json().getString("JENIS_PKRJN"))
                .isEqualTo(father.getString("JENIS_PKRJN"));
        JsonObject issued = approve(submitted);

        assertThat(issued.getString("NIK")).isEqualTo(father.getString("NIK"));
        assertThat(issued.getJsonArray("PERUBAHAN").stream().map(JsonValue::asJsonObject).map(c -> c.getString("FIELD")))
                .contains("NAMA_LGKP", "JENIS_PKRJN");
        JsonObject now = client.get("/siak/v1/penduduk/" + father.getString("NIK")).json();
        assertThat(now.getString("JENIS_PKRJN")).isEqualTo(occupation);
        assertThat(now.getString("PDDK_AKH")).isEqualTo("DIPLOMA IV/STRATA I");
        assertThat(now.getString("NAMA_LGKP")).isEqualTo(father.getString("NAMA_LGKP") + " SUSANTO");
        assertThat(now.getString("TGL_LHR")).isEqualTo(father.getString("TGL_LHR"));
    }

    @Test
    void aBiodataChangeOfFieldsItMayNotTouchOrToUnknownValuesIsRefused() {
        JsonObject mother = couples.get(16).getJsonObject("mother");
        String nik = mother.getString("NIK");
        JsonObject base = SandboxClient.object().add("JENIS", "PERUBAHAN_BIODATA").add("NIK", nik).build();

        assertRefused(client, with(base, "TGL_LHR", "01-01-1990"), "TGL_LHR", "tidak dapat diubah");
        assertRefused(client, with(base, "NAMA", "X"), "NAMA", "tidak dikenal");
        assertRefused(client, with(base, "AGAMA", "JEDI"), "AGAMA", "tidak dikenal");
        assertRefused(client, base, null, "paling sedikit satu");
        assertRefused(client, with(base, "AGAMA", mother.getString("AGAMA")), null, "Tidak ada data yang berubah");
        assertRefused(client, with(with(base, "NIK", "3316094101019999"), "AGAMA", "HINDU"), "NIK", "tidak terdaftar");
    }

    private static JsonObject submit(JsonObject body) {
        SandboxClient.Response response = client.postDraft(UUID.randomUUID().toString(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static JsonObject approve(JsonObject submitted) {
        SandboxClient.Response response = client.post("/siak/v1/draft/" + submitted.getString("ID_DRAFT") + "/setujui", "");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().getString("STATUS")).isEqualTo("TERBIT");
        return response.json();
    }

    private static List<String> memberNiks(String kk) {
        return client.get("/siak/v1/keluarga/" + kk).json().getJsonArray("ANGGOTA").stream()
                .map(m -> m.asJsonObject().getString("NIK")).toList();
    }
}
