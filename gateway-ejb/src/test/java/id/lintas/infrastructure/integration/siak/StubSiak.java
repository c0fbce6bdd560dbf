package id.lintas.infrastructure.integration.siak;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for SIAK in route tests: its wire format (upper-case fields, RESPON), its
 * idempotent drafts, and faults the test sets (delay, server errors for the next n calls).
 */
final class StubSiak implements AutoCloseable {
    static final String KEY = "test-key";
    static final String KNOWN_NIK = "3316094708900001";
    static final String KNOWN_KK = "3316090101100001";

    private final HttpServer server;
    final AtomicInteger lookups = new AtomicInteger();
    final AtomicInteger draftRequests = new AtomicInteger();
    final Map<String, String> drafts = new ConcurrentHashMap<>();
    /** What GET /draft/{id} adds to a draft's answer once the test decides SIAK numbered or rejected it. */
    final Map<String, String> decisions = new ConcurrentHashMap<>();
    final AtomicInteger stateRequests = new AtomicInteger();
    volatile int delayMs;
    volatile int failNext;
    volatile int failStatus = 503;

    StubSiak() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/siak/v1/penduduk/", this::resident);
        server.createContext("/siak/v1/keluarga/", this::family);
        server.createContext("/siak/v1/verifikasi", e -> answer(e, 200, "{\"RESPON\":\"SUKSES\",\"NIK\":\"" + KNOWN_NIK
                + "\",\"HASIL\":[{\"FIELD\":\"NAMA_LGKP\",\"DIAJUKAN\":\"SITI\",\"SIAK\":\"SITI AMINAH\",\"SESUAI\":false}],"
                + "\"SESUAI_SEMUA\":false}"));
        server.createContext("/siak/v1/draft", this::draft);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void resident(HttpExchange e) throws IOException {
        lookups.incrementAndGet();
        if (fault(e)) {
            return;
        }
        String nik = e.getRequestURI().getPath().substring("/siak/v1/penduduk/".length());
        if (!KNOWN_NIK.equals(nik)) {
            answer(e, 404, "{\"RESPON\":\"GAGAL\",\"KODE\":\"NIK_TIDAK_DITEMUKAN\",\"PESAN\":\"NIK tidak ditemukan\"}");
            return;
        }
        answer(e, 200, "{\"RESPON\":\"SUKSES\",\"NIK\":\"" + KNOWN_NIK + "\",\"NO_KK\":\"3316090101100001\","
                + "\"NAMA_LGKP\":\"SITI AMINAH\",\"JENIS_KLMIN\":\"2\",\"TMPT_LHR\":\"BLORA\",\"TGL_LHR\":\"07-08-1990\","
                + "\"STAT_HBKEL\":\"ISTRI\",\"NIK_IBU\":null,\"NIK_AYAH\":null,\"NO_AKTA_LHR\":\"3316-LU-10081990-0004\"}");
    }

    private void family(HttpExchange e) throws IOException {
        lookups.incrementAndGet();
        if (fault(e)) {
            return;
        }
        String kk = e.getRequestURI().getPath().substring("/siak/v1/keluarga/".length());
        if (!KNOWN_KK.equals(kk)) {
            answer(e, 404, "{\"RESPON\":\"GAGAL\",\"KODE\":\"DATA_TIDAK_DITEMUKAN\",\"PESAN\":\"Nomor KK tidak terdaftar\"}");
            return;
        }
        answer(e, 200, "{\"RESPON\":\"SUKSES\",\"NO_KK\":\"" + KNOWN_KK + "\",\"NAMA_KEP\":\"BUDI SANTOSO\","
                + "\"ALAMAT\":\"JL. PEMUDA NO. 7\",\"NO_RT\":\"002\",\"NO_RW\":\"003\",\"NAMA_KEC\":\"BLORA\","
                + "\"NAMA_KEL\":\"KUNDEN\",\"JUMLAH_ANGGOTA\":2,\"ANGGOTA\":["
                + "{\"NIK\":\"3316091203880002\",\"NO_KK\":\"" + KNOWN_KK + "\",\"NAMA_LGKP\":\"BUDI SANTOSO\","
                + "\"JENIS_KLMIN\":\"1\",\"TMPT_LHR\":\"BLORA\",\"TGL_LHR\":\"12-03-1988\",\"AGAMA\":\"ISLAM\","
                + "\"STAT_KWN\":\"KAWIN\",\"STAT_HBKEL\":\"KEPALA KELUARGA\",\"PDDK_AKH\":\"SLTA/SEDERAJAT\","
                + "\"JENIS_PKRJN\":\"WIRASWASTA\",\"NAMA_LGKP_IBU\":\"SUMIATI\",\"NAMA_LGKP_AYAH\":\"KARNO\"},"
                + "{\"NIK\":\"" + KNOWN_NIK + "\",\"NO_KK\":\"" + KNOWN_KK + "\",\"NAMA_LGKP\":\"SITI AMINAH\","
                + "\"JENIS_KLMIN\":\"2\",\"TMPT_LHR\":\"BLORA\",\"TGL_LHR\":\"07-08-1990\",\"AGAMA\":\"ISLAM\","
                + "\"STAT_KWN\":\"KAWIN\",\"STAT_HBKEL\":\"ISTRI\",\"PDDK_AKH\":null,\"JENIS_PKRJN\":null,"
                + "\"NAMA_LGKP_IBU\":null,\"NAMA_LGKP_AYAH\":null}]}");
    }

    private void draft(HttpExchange e) throws IOException {
        if ("GET".equals(e.getRequestMethod())) {
            draftState(e);
            return;
        }
        draftRequests.incrementAndGet();
        if (fault(e)) {
            return;
        }
        if (!KEY.equals(e.getRequestHeaders().getFirst("X-Siak-Key"))) {
            answer(e, 401, "{\"RESPON\":\"GAGAL\",\"KODE\":\"KUNCI\",\"PESAN\":\"Kunci akses salah\"}");
            return;
        }
        String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (body.contains("\"NIK_IBU\":\"0\"")) {
            answer(e, 422, "{\"RESPON\":\"GAGAL\",\"KODE\":\"IBU_TIDAK_DITEMUKAN\",\"PESAN\":\"NIK ibu tidak ditemukan\"}");
            return;
        }
        String key = e.getRequestHeaders().getFirst("Idempotency-Key");
        String id = drafts.computeIfAbsent(key, k -> "D" + (drafts.size() + 1));
        answer(e, 201, "{\"RESPON\":\"SUKSES\",\"ID_DRAFT\":\"" + id + "\",\"STATUS\":\"DIAJUKAN\"}");
    }

    private void draftState(HttpExchange e) throws IOException {
        stateRequests.incrementAndGet();
        if (fault(e)) {
            return;
        }
        String id = e.getRequestURI().getPath().substring("/siak/v1/draft/".length());
        if (!drafts.containsValue(id)) {
            answer(e, 404, "{\"RESPON\":\"GAGAL\",\"KODE\":\"DRAFT_TIDAK_DITEMUKAN\",\"PESAN\":\"Draft " + id
                    + " tidak ditemukan.\"}");
            return;
        }
        answer(e, 200, "{\"RESPON\":\"SUKSES\",\"ID_DRAFT\":\"" + id + "\",\"JENIS\":\"KELAHIRAN\","
                + decisions.getOrDefault(id, "\"STATUS\":\"DIAJUKAN\"") + ",\"DATA\":{\"JENIS\":\"KELAHIRAN\"}}");
    }

    private boolean fault(HttpExchange e) throws IOException {
        if (delayMs > 0) {
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failNext > 0) {
            failNext--;
            answer(e, failStatus, "{\"RESPON\":\"GAGAL\",\"KODE\":\"GANGGUAN\",\"PESAN\":\"SIAK sedang tidak tersedia\"}");
            return true;
        }
        return false;
    }

    private static void answer(HttpExchange e, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", "application/json");
        e.sendResponseHeaders(status, bytes.length);
        e.getResponseBody().write(bytes);
        e.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
