package id.lintas.sandbox;

import id.lintas.sandbox.approval.ApprovalControl;
import id.lintas.sandbox.approval.ApprovalPolicy;
import id.lintas.sandbox.fault.FaultSettings;
import id.lintas.sandbox.http.ApiFailure;
import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.http.Reply;
import id.lintas.sandbox.http.Router;
import jakarta.json.JsonObject;
import java.util.Map;

/**
 * The sandbox's own endpoints, never subject to faults: under {@code /sandbox/admin} the faults of
 * each module (GET, PUT), its approval policy (GET, PUT), its statistics, an export of its data and
 * the module's own operations ({@link SandboxModule#adminRoutes()}, under
 * {@code /sandbox/admin/{name}}); under {@code /sandbox/samples} valid data to try it with.
 */
final class AdminApi {
    static final String ADMIN = "/sandbox/admin";
    static final String SAMPLES = "/sandbox/samples";
    private static final int MAX_SAMPLES = 1000;

    private final Map<String, SandboxModule> modules;

    AdminApi(Map<String, SandboxModule> modules) {
        this.modules = Map.copyOf(modules);
    }

    Router adminRouter() {
        Router router = new Router()
                .on("GET", ADMIN + "/faults/([^/]+)", (request, path) -> Reply.ok(faults(module(path.get(0)))))
                .on("PUT", ADMIN + "/faults/([^/]+)", (request, path) -> {
                    SandboxModule module = module(path.get(0));
                    JsonObject body = request.json();
                    try {
                        module.faults().set(FaultSettings.parse(body, module.faults().clock().instant()));
                    } catch (IllegalArgumentException e) {
                        throw ApiFailure.badRequest("GANGGUAN_TIDAK_VALID", e.getMessage());
                    }
                    return Reply.ok(faults(module));
                })
                .on("GET", ADMIN + "/approval/([^/]+)", (request, path) -> Reply.ok(approval(path.get(0))))
                .on("PUT", ADMIN + "/approval/([^/]+)", (request, path) -> {
                    ApprovalControl approval = approvalControl(path.get(0));
                    JsonObject body = request.json();
                    try {
                        approval.set(ApprovalPolicy.parse(body));
                    } catch (IllegalArgumentException e) {
                        throw ApiFailure.badRequest("PERSETUJUAN_TIDAK_VALID", e.getMessage());
                    }
                    return Reply.ok(approval(path.get(0)));
                })
                .on("GET", ADMIN + "/stats/([^/]+)", (request, path) -> Reply.ok(module(path.get(0)).stats()))
                .on("GET", ADMIN + "/export/([^/]+)", (request, path) -> {
                    Reply.Streamed export = module(path.get(0)).export();
                    if (export == null) {
                        throw ApiFailure.notFound("TIDAK_ADA_EKSPOR", "Modul " + path.get(0) + " tidak memiliki data untuk diekspor.");
                    }
                    return Reply.stream("application/x-ndjson; charset=utf-8", export);
                });
        modules.values().stream().filter(module -> module.adminRoutes() != null)
                .forEach(module -> router.include(ADMIN + "/" + module.name(), module.adminRoutes()));
        return router;
    }

    Router samplesRouter() {
        return new Router().on("GET", SAMPLES + "/([^/]+)", (request, path) -> {
            String count = request.query("count");
            int n = 5;
            if (count != null) {
                try {
                    n = Integer.parseInt(count.strip());
                } catch (NumberFormatException e) {
                    n = -1;
                }
                if (n < 1 || n > MAX_SAMPLES) {
                    throw ApiFailure.badRequest("PARAMETER_TIDAK_VALID", "Parameter count harus 1 sampai " + MAX_SAMPLES + ".");
                }
            }
            return Reply.ok(module(path.get(0)).samples(n));
        });
    }

    private JsonObject faults(SandboxModule module) {
        var json = Json.object().add("module", module.name());
        module.faults().toJson().forEach(json::add);
        return json.build();
    }

    private JsonObject approval(String moduleName) {
        var json = Json.object().add("module", moduleName);
        approvalControl(moduleName).current().toJson().forEach(json::add);
        return json.build();
    }

    private ApprovalControl approvalControl(String moduleName) {
        ApprovalControl approval = module(moduleName).approval();
        if (approval == null) {
            throw ApiFailure.notFound("TIDAK_ADA_PERSETUJUAN", "Modul " + moduleName + " tidak memiliki persetujuan yang dapat diatur.");
        }
        return approval;
    }

    private SandboxModule module(String name) {
        SandboxModule module = modules.get(name);
        if (module == null) {
            throw ApiFailure.notFound("MODUL_TIDAK_DITEMUKAN", "Modul sandbox '" + name + "' tidak ada (yang ada: "
                    + String.join(", ", modules.keySet()) + ").");
        }
        return module;
    }
}
