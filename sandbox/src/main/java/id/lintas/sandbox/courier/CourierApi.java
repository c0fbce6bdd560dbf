package id.lintas.sandbox.courier;

import id.lintas.sandbox.courier.order.Order;
import id.lintas.sandbox.courier.order.OrderBook;
import id.lintas.sandbox.courier.order.OrderFailure;
import id.lintas.sandbox.courier.order.OrderStatus;
import id.lintas.sandbox.http.ApiFailure;
import id.lintas.sandbox.http.IdempotencyKeys;
import id.lintas.sandbox.http.Reply;
import id.lintas.sandbox.http.Request;
import id.lintas.sandbox.http.Router;
import jakarta.json.JsonObject;

/**
 * The courier's operations under {@code /courier/v1}: create an order (with an Idempotency-Key),
 * read it, track it, cancel it, fetch its proof-of-delivery photo. See API.md for the bodies.
 */
final class CourierApi {
    static final String BASE = "/courier/v1";
    static final String ORDERS = BASE + "/orders";

    private final OrderBook orders;

    CourierApi(OrderBook orders) {
        this.orders = orders;
    }

    Router router() {
        return new Router()
                .on("POST", ORDERS, guarded((request, path) -> create(request)))
                .on("GET", ORDERS + "/([^/]+)", guarded((request, path) ->
                        CourierJson.success(200, "order", CourierJson.order(orders.find(path.get(0))))))
                .on("POST", ORDERS + "/([^/]+)/cancel", guarded((request, path) -> cancel(path.get(0), request)))
                .on("GET", ORDERS + "/([^/]+)/proof-of-delivery\\.png", guarded((request, path) -> photo(path.get(0))))
                .on("GET", BASE + "/trackings/([^/]+)", guarded((request, path) ->
                        CourierJson.success(200, "tracking", CourierJson.tracking(orders.findByTrackingId(path.get(0))))));
    }

    private Reply create(Request request) {
        String key = IdempotencyKeys.keyOf(request);
        JsonObject body = request.json();
        OrderBook.Submission submission = orders.submit(key, body, () -> OrderForm.read(body));
        JsonObject order = CourierJson.order(submission.order());
        return IdempotencyKeys.answer(submission.created(), status -> CourierJson.success(status, "order", order));
    }

    private Reply cancel(String id, Request request) {
        String reason = OrderForm.cancellationReason(request.json());
        return CourierJson.success(200, "order", CourierJson.order(orders.cancel(id, reason)));
    }

    private Reply photo(String id) {
        Order order = orders.find(id);
        if (order.state().status() != OrderStatus.DELIVERED) {
            throw ApiFailure.notFound("proof_not_available", "Order " + id + " is not delivered: there is no proof of delivery yet.");
        }
        byte[] png = ProofPhoto.of(order.id());
        return Reply.stream(ProofPhoto.CONTENT_TYPE, out -> out.write(png));
    }

    /** Turns the order book's refusals into the courier's error answers. */
    private static Router.Route guarded(Router.Route route) {
        return (request, path) -> {
            try {
                return route.handle(request, path);
            } catch (OrderFailure failure) {
                throw switch (failure.reason()) {
                    case NOT_FOUND -> ApiFailure.notFound("not_found", failure.getMessage());
                    case NOT_CANCELLABLE -> ApiFailure.conflict("order_not_cancellable", failure.getMessage());
                    case ILLEGAL_MOVE -> ApiFailure.conflict("invalid_status_transition", failure.getMessage());
                    case IDEMPOTENCY_CONFLICT -> ApiFailure.conflict("idempotency_key_conflict", failure.getMessage());
                };
            }
        };
    }
}
