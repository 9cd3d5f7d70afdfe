package io.stocktrace.epcis.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A subscription as it stands: its named query, where it delivers, whether it is active or paused, and how far its
 * delivery is (events waiting, delivered, the next attempt of the first waiting one and the last error).
 */
public record Subscription(long id, String name, String destination, String state, Map<String, List<String>> query,
                           Instant createdAt, String createdBy, long pendingEvents, long deliveredEvents,
                           Instant nextAttemptAt, String lastError) {
    public static final String ACTIVE = "active";
    public static final String PAUSED = "paused";

    /** A new subscription with the secret its webhook checks signatures with: shown once, at creation. */
    public record Created(Subscription subscription, String secret) {
    }

    /** One attempt of the delivery log. */
    public record Delivery(long id, long outboxId, long sequenceNumber, String eventId, int attempt, Instant attemptedAt,
                           Integer statusCode, String outcome, String error) {
    }
}
