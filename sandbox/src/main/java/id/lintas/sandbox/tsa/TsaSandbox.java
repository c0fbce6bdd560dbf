package id.lintas.sandbox.tsa;

import id.lintas.sandbox.SandboxModule;
import id.lintas.sandbox.fault.FaultInjector;
import id.lintas.sandbox.http.ApiFailure;
import id.lintas.sandbox.http.ApiKey;
import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.http.Reply;
import id.lintas.sandbox.http.Request;
import id.lintas.sandbox.http.Router;
import id.lintas.signing.Pem;
import id.lintas.signing.tsa.TimestampAuthority;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * The timestamp authority the office's TTE signatures ask for their signature timestamps (PAdES
 * B-T and later), played over RFC 3161's HTTP transport at {@value #PATH}: the body a DER
 * {@code TimeStampReq} as {@value #QUERY_TYPE}, the answer a DER {@code TimeStampResp} as
 * {@value #REPLY_TYPE}. No key, as with a real TSA; faults apply ({@code /sandbox/admin/faults/tsa}),
 * so a test can take the TSA down while the kadis signs.
 *
 * <p>The authority itself ({@link TimestampAuthority}, from the signing module) is given when the
 * sandbox starts, e.g. the one in {@code tsa/tsa.p12} of the demo PKI's TTE directory; without one
 * the endpoint answers 503 {@code TSA_TIDAK_DIKONFIGURASI}. A query that is no timestamp query is
 * answered as RFC 3161 says (HTTP 200, status rejection, failure info badDataFormat), not with an
 * HTTP error, so the gateway meets the TSA's own refusal; the HTTP layer refuses only what is no
 * timestamp query by its headers (415) or its size (413).
 */
public final class TsaSandbox implements SandboxModule {
    public static final String PATH = "/tsa";
    public static final String QUERY_TYPE = "application/timestamp-query";
    public static final String REPLY_TYPE = "application/timestamp-reply";
    /** A SHA-512 query with a nonce and a policy is about 120 bytes; anything near this is no query. */
    public static final int MAX_QUERY_BYTES = 16 * 1024;

    private final TimestampAuthority authority;
    private final FaultInjector faults;
    private final LongAdder granted = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder unsupportedMediaType = new LongAdder();
    private final LongAdder tooLarge = new LongAdder();
    private final LongAdder unconfigured = new LongAdder();

    /** @param authority the TSA to serve; {@code null} for a sandbox without one (503) */
    public TsaSandbox(TimestampAuthority authority, Clock clock) {
        this.authority = authority;
        this.faults = new FaultInjector("TSA", clock);
    }

    @Override
    public String name() {
        return "tsa";
    }

    @Override
    public String contextPath() {
        return PATH;
    }

    @Override
    public Router router() {
        return new Router().on("POST", PATH + "/?", (request, path) -> stamp(request));
    }

    @Override
    public FaultInjector faults() {
        return faults;
    }

    @Override
    public ApiKey apiKey() {
        return ApiKey.none();
    }

    /** Whether the sandbox was started with a timestamp authority. */
    public boolean configured() {
        return authority != null;
    }

    private Reply stamp(Request request) {
        if (authority == null) {
            unconfigured.increment();
            throw new ApiFailure(503, "TSA_TIDAK_DIKONFIGURASI", "Sandbox ini berjalan tanpa otoritas cap waktu (TSA): mulai dengan"
                    + " --tsa-p12 FILE atau Options.withTimestampAuthority(...). / This sandbox runs without a timestamp authority:"
                    + " start it with --tsa-p12 FILE or Options.withTimestampAuthority(...).");
        }
        if (!QUERY_TYPE.equals(mediaType(request.header("Content-Type")))) {
            unsupportedMediaType.increment();
            throw new ApiFailure(415, "JENIS_ISI_TIDAK_DIDUKUNG", "Content-Type harus " + QUERY_TYPE
                    + " (RFC 3161). / Content-Type must be " + QUERY_TYPE + " (RFC 3161).");
        }
        if (request.body().length > MAX_QUERY_BYTES) {
            tooLarge.increment();
            throw new ApiFailure(413, "ISI_TERLALU_BESAR", "Permintaan cap waktu melebihi " + MAX_QUERY_BYTES / 1024
                    + " KB. / The timestamp query exceeds " + MAX_QUERY_BYTES / 1024 + " KB.");
        }
        byte[] reply = authority.respond(request.body());
        (granted(reply) ? granted : rejected).increment();
        return Reply.stream(REPLY_TYPE, out -> out.write(reply));
    }

    private static boolean granted(byte[] reply) {
        try {
            return new TimeStampResponse(reply).getTimeStampToken() != null;
        } catch (TSPException | IOException e) {
            return false;
        }
    }

    /** {@code application/timestamp-query} of {@code Application/Timestamp-Query; charset=x}; {@code null} stays null. */
    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public JsonObject stats() {
        return Json.object()
                .add("module", name())
                .add("configured", configured())
                .add("queries", Json.object()
                        .add("granted", granted.sum())
                        .add("rejected", rejected.sum())
                        .add("unsupportedMediaType", unsupportedMediaType.sum())
                        .add("tooLarge", tooLarge.sum())
                        .add("unconfigured", unconfigured.sum()))
                .add("faults", faults.toJson())
                .build();
    }

    /** Where to send queries and the chain to check the tokens with (PEM, the TSA's certificate first). */
    @Override
    public JsonObject samples(int count) {
        JsonArrayBuilder chain = Json.array();
        if (authority != null) {
            for (X509Certificate certificate : authority.chain()) {
                chain.add(Pem.certificate(certificate));
            }
        }
        return Json.object()
                .add("path", PATH)
                .add("contentType", QUERY_TYPE)
                .add("configured", configured())
                .add("policy", TimestampAuthority.POLICY.getId())
                .add("chain", chain)
                .build();
    }

    /** Nothing to export: the TSA keeps no record of what it stamped. */
    @Override
    public Reply.Streamed export() {
        return null;
    }
}
