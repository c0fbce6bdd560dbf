package id.lintas.sandbox.courier;

import id.lintas.sandbox.courier.order.Order;
import id.lintas.sandbox.courier.order.OrderBook;
import id.lintas.sandbox.courier.order.OrderFailure;
import id.lintas.sandbox.courier.order.OrderStatus;
import id.lintas.sandbox.courier.progress.AutoProgress;
import id.lintas.sandbox.courier.progress.ProgressPolicy;
import id.lintas.sandbox.http.ApiFailure;
import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.http.Reply;
import id.lintas.sandbox.http.Request;
import id.lintas.sandbox.http.Router;
import jakarta.json.JsonObject;

/**
 * The courier's own admin operations, served under {@code /sandbox/admin/courier} in the admin API's
 * terms (sandbox key, SIAK's error body, Indonesian messages): play the driver
 * ({@code POST /orders/{id}/advance}) and set how drivers move by themselves ({@code /progress}).
 */
final class CourierAdminApi {
    private final OrderBook orders;
    private final AutoProgress progress;

    CourierAdminApi(OrderBook orders, AutoProgress progress) {
        this.orders = orders;
        this.progress = progress;
    }

    /** Patterns relative to {@code /sandbox/admin/courier}. */
    Router routes() {
        return new Router()
                .on("POST", "/orders/([^/]+)/advance", (request, path) -> advance(path.get(0), request))
                .on("GET", "/progress", (request, path) -> Reply.ok(progress()))
                .on("PUT", "/progress", (request, path) -> {
                    try {
                        progress.set(ProgressPolicy.parse(request.json()));
                    } catch (IllegalArgumentException e) {
                        throw ApiFailure.badRequest("PROGRES_TIDAK_VALID", e.getMessage());
                    }
                    return Reply.ok(progress());
                });
    }

    /**
     * {@code {"status":"picked_up"}} (forward through every status between), for {@code delivered}
     * also {@code recipient_name} and {@code note}; no body or no status: one step forward.
     */
    private Reply advance(String id, Request request) {
        JsonObject body = request.body().length == 0 ? Json.object().build() : request.json();
        String wanted = Json.text(body, "status");
        try {
            Order order = orders.find(id);
            OrderStatus target = wanted == null ? order.state().status().next() : OrderStatus.of(wanted.strip());
            if (wanted != null && target == null) {
                throw ApiFailure.badRequest("STATUS_TIDAK_VALID", "Status '" + wanted + "' tidak dikenal (confirmed, allocated, "
                        + "picking_up, picked_up, dropping_off, delivered).");
            }
            if (target == null) {
                throw ApiFailure.conflict("STATUS_TIDAK_DAPAT_DIUBAH", "Pesanan " + id + " sudah " + order.state().status().wire()
                        + ": tidak ada langkah berikutnya.");
            }
            orders.advance(id, target, new Order.Handover(Json.text(body, "recipient_name"), Json.text(body, "note")));
            return Reply.ok(Json.object().add("module", "courier").add("order", CourierJson.order(order)).build());
        } catch (OrderFailure failure) {
            if (failure.reason() == OrderFailure.Reason.NOT_FOUND) {
                throw ApiFailure.notFound("PESANAN_TIDAK_DITEMUKAN", "Pesanan " + id + " tidak ditemukan.");
            }
            String hint = failure.target() == OrderStatus.CANCELLED ? " (pembatalan: POST /courier/v1/orders/" + id + "/cancel)" : "";
            throw ApiFailure.conflict("STATUS_TIDAK_DAPAT_DIUBAH", "Pesanan " + id + " berstatus " + failure.current().wire()
                    + " dan tidak dapat berpindah ke " + failure.target().wire() + hint + ".");
        }
    }

    private JsonObject progress() {
        var json = Json.object().add("module", "courier");
        progress.current().toJson().forEach(json::add);
        return json.build();
    }
}
