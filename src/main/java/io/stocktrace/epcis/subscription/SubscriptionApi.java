package io.stocktrace.epcis.subscription;

import io.stocktrace.limits.Limits;
import io.stocktrace.problem.Validation;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/epcis/subscriptions}: named EPCIS queries whose new matching events go to a webhook (see
 * docs/api.md, "EPCIS subscriptions", for the body a webhook receives and how to check its signature).
 */
@RestController
@RequestMapping("/api/v1/epcis/subscriptions")
class SubscriptionApi {
    record SubscriptionBody(String name, String destination, Map<String, List<String>> query) {
    }

    record SubscriptionView(long id, String name, String destination, String state, Map<String, List<String>> query,
                            Instant createdAt, String createdBy, long pendingEvents, long deliveredEvents,
                            Instant nextAttemptAt, String lastError, String secret) {
        static SubscriptionView of(Subscription s, String secret) {
            return new SubscriptionView(s.id(), s.name(), s.destination(), s.state(), s.query(), s.createdAt(), s.createdBy(),
                    s.pendingEvents(), s.deliveredEvents(), s.nextAttemptAt(), s.lastError(), secret);
        }
    }

    private final SubscriptionService subscriptions;

    SubscriptionApi(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    ResponseEntity<SubscriptionView> subscribe(@RequestBody SubscriptionBody body, Principal caller) {
        Subscription.Created created = subscriptions.subscribe(body.name(), body.destination(), body.query(),
                caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/epcis/subscriptions/" + created.subscription().id()))
                .body(SubscriptionView.of(created.subscription(), created.secret()));
    }

    @GetMapping
    List<SubscriptionView> list() {
        return subscriptions.list().stream().map(s -> SubscriptionView.of(s, null)).toList();
    }

    @GetMapping("/{id}")
    SubscriptionView get(@PathVariable long id) {
        return SubscriptionView.of(subscriptions.get(id), null);
    }

    @PostMapping("/{id}/pause")
    SubscriptionView pause(@PathVariable long id) {
        return SubscriptionView.of(subscriptions.pause(id), null);
    }

    @PostMapping("/{id}/resume")
    SubscriptionView resume(@PathVariable long id) {
        return SubscriptionView.of(subscriptions.resume(id), null);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> unsubscribe(@PathVariable long id) {
        subscriptions.unsubscribe(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    List<Subscription.Delivery> deliveries(@PathVariable long id, @RequestParam(defaultValue = "100") int limit,
                                           @RequestParam(defaultValue = "0") int offset) {
        new Validation()
                .require(limit >= 1 && limit <= Limits.PAGE_SIZE, "limit", "must be between 1 and " + Limits.PAGE_SIZE)
                .require(offset >= 0, "offset", "must not be negative")
                .throwIfAny();
        return subscriptions.deliveries(id, limit, offset);
    }
}
