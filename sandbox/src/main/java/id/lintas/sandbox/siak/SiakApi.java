package id.lintas.sandbox.siak;

import id.lintas.sandbox.approval.ApprovalControl;
import id.lintas.sandbox.http.ApiFailure;
import id.lintas.sandbox.http.IdempotencyKeys;
import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.http.Reply;
import id.lintas.sandbox.http.Request;
import id.lintas.sandbox.http.Router;
import id.lintas.sandbox.siak.draft.Draft;
import id.lintas.sandbox.siak.draft.DraftFailure;
import id.lintas.sandbox.siak.draft.DraftService;
import id.lintas.sandbox.siak.model.Family;
import id.lintas.sandbox.siak.model.Resident;
import id.lintas.sandbox.siak.numbering.SerialsExhausted;
import id.lintas.sandbox.siak.numbering.SiakNumbers;
import id.lintas.sandbox.siak.registry.Refusal;
import id.lintas.sandbox.siak.registry.Registry;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The SIAK operations under {@code /siak/v1}: resident and family lookups, verification, drafts
 * with their approval. See the module's API.md for the bodies and answers.
 */
final class SiakApi {
    static final String BASE = "/siak/v1";

    private final Registry registry;
    private final DraftService drafts;
    private final ApprovalControl approval;
    private final Verifier verifier;
    private final LongAdder residentLookups = new LongAdder();
    private final LongAdder residentsNotFound = new LongAdder();
    private final LongAdder familyLookups = new LongAdder();
    private final LongAdder familiesNotFound = new LongAdder();
    private final LongAdder verifications = new LongAdder();
    private final LongAdder malformed = new LongAdder();

    /** @param approval the policy a draft is read under ({@code GET /draft/{ID}} decides it under AUTO) */
    SiakApi(Registry registry, DraftService drafts, ApprovalControl approval) {
        this.registry = registry;
        this.drafts = drafts;
        this.approval = approval;
        this.verifier = new Verifier(registry);
    }

    Router router() {
        return new Router()
                .on("GET", BASE + "/penduduk/([^/]*)", guarded((request, path) -> resident(path.get(0))))
                .on("GET", BASE + "/keluarga/([^/]*)", guarded((request, path) -> family(path.get(0))))
                .on("POST", BASE + "/verifikasi", guarded((request, path) -> verify(request)))
                .on("POST", BASE + "/draft", guarded((request, path) -> submit(request)))
                .on("GET", BASE + "/draft/([^/]+)", guarded((request, path) -> Reply.success(200,
                        SiakJson.draft(drafts.poll(path.get(0), approval.current())))))
                .on("POST", BASE + "/draft/([^/]+)/setujui", guarded((request, path) -> Reply.success(200, SiakJson.draft(drafts.approve(path.get(0))))))
                .on("POST", BASE + "/draft/([^/]+)/tolak", guarded((request, path) -> reject(path.get(0), request)));
    }

    Map<String, Long> counters() {
        return Map.of("residents", residentLookups.sum(), "residentsNotFound", residentsNotFound.sum(),
                "families", familyLookups.sum(), "familiesNotFound", familiesNotFound.sum(),
                "verifications", verifications.sum(), "malformedNumbers", malformed.sum(),
                "total", residentLookups.sum() + familyLookups.sum() + verifications.sum());
    }

    private Reply resident(String nik) {
        residentLookups.increment();
        String problem = SiakNumbers.nikProblem(nik);
        if (problem != null) {
            malformed.increment();
            throw ApiFailure.badRequest("NIK_TIDAK_VALID", problem);
        }
        Resident resident = registry.resident(nik);
        if (resident == null) {
            residentsNotFound.increment();
            throw ApiFailure.notFound("DATA_TIDAK_DITEMUKAN", "NIK " + nik + " tidak terdaftar di SIAK.");
        }
        return Reply.success(200, SiakJson.resident(resident, registry.addressOf(resident)).build());
    }

    private Reply family(String kkNumber) {
        familyLookups.increment();
        String problem = SiakNumbers.kkProblem(kkNumber);
        if (problem != null) {
            malformed.increment();
            throw ApiFailure.badRequest("NO_KK_TIDAK_VALID", problem);
        }
        Family family = registry.family(kkNumber);
        if (family == null) {
            familiesNotFound.increment();
            throw ApiFailure.notFound("DATA_TIDAK_DITEMUKAN", "Nomor KK " + kkNumber + " tidak terdaftar di SIAK.");
        }
        return Reply.success(200, SiakJson.family(family, registry).build());
    }

    private Reply verify(Request request) {
        verifications.increment();
        return Reply.success(200, verifier.verify(request.json()));
    }

    private Reply submit(Request request) {
        DraftService.Submission submission = drafts.submit(IdempotencyKeys.keyOf(request), request.json());
        Draft draft = submission.draft();
        JsonObject body = Json.object().add("ID_DRAFT", draft.id()).add("JENIS", draft.kind().name())
                .add("STATUS", draft.state().status().name()).build();
        return IdempotencyKeys.answer(submission.created(), status -> Reply.success(status, body));
    }

    private Reply reject(String id, Request request) {
        String reason = Json.text(request.json(), "ALASAN");
        if (reason == null || reason.isBlank()) {
            throw ApiFailure.unprocessable("ALASAN_WAJIB", "ALASAN penolakan wajib diisi.");
        }
        return Reply.success(200, SiakJson.draft(drafts.reject(id, reason.strip())));
    }

    /** Turns the registry's and the drafts' refusals into SIAK's error answers. */
    private static Router.Route guarded(Router.Route route) {
        return (request, path) -> {
            try {
                return route.handle(request, path);
            } catch (Refusal refusal) {
                List<ApiFailure.Problem> problems = refusal.problems().stream()
                        .map(p -> new ApiFailure.Problem(p.field(), p.message())).toList();
                throw ApiFailure.invalid(refusal.code(), problems);
            } catch (DraftFailure failure) {
                throw new ApiFailure(failure.reason() == DraftFailure.Reason.NOT_FOUND ? 404 : 409, failure.code(),
                        failure.getMessage());
            } catch (SerialsExhausted exhausted) {
                throw new ApiFailure(503, "NOMOR_HABIS", exhausted.getMessage());
            }
        };
    }
}
