package io.stocktrace.epcis.subscription;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery worker's round: for each subscription, in a transaction of its own with the subscription's row locked
 * (skipped when another node or thread holds it), fill its outbox, then, unless it is paused, post its waiting events
 * one at a time, oldest first, until one fails or is not due yet. A failure is logged and retried after a backoff
 * that doubles from {@link #FIRST_RETRY} up to {@link #LONGEST_WAIT}; nothing after it goes before it.
 */
@Component
class SubscriptionDelivery {
    static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** Events posted per subscription per round, so that one busy subscription does not hold the round. */
    static final int EVENTS_PER_ROUND = 100;
    static final List<Object> CONTEXT = List.of("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");

    private static final Logger log = LoggerFactory.getLogger(SubscriptionDelivery.class);

    private final SubscriptionRepository subscriptions;
    private final OutboxRepository outbox;
    private final SubscriptionOutbox filler;
    private final Webhook webhook;
    private final TransactionTemplate transaction;

    SubscriptionDelivery(SubscriptionRepository subscriptions, OutboxRepository outbox, SubscriptionOutbox filler,
                         Webhook webhook, TransactionTemplate transaction) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.filler = filler;
        this.webhook = webhook;
        this.transaction = transaction;
    }

    /**
     * One round over every subscription as of {@code at}; answers the events delivered. The instant is taken to the
     * millisecond, as the databases keep it (H2 rounds finer fractions, which could put a due event in the future).
     */
    int round(Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MILLIS);
        int delivered = 0;
        for (long id : subscriptions.ids()) {
            try {
                Integer count = transaction.execute(status -> subscriptions.lock(id).map(s -> work(s, now)).orElse(0));
                delivered += count == null ? 0 : count;
            } catch (RuntimeException e) {
                // one subscription's failure (its database work rolled back) must not hold up the others' deliveries
                log.warn("EPCIS subscription {}: its round failed and is tried again next round", id, e);
            }
        }
        return delivered;
    }

    private int work(SubscriptionRepository.Stored subscription, Instant now) {
        filler.fill(subscription, now);
        if (!Subscription.ACTIVE.equals(subscription.state())) {
            return 0;
        }
        int delivered = 0;
        while (delivered < EVENTS_PER_ROUND) {
            Optional<OutboxRepository.Waiting> next = outbox.first(subscription.id());
            if (next.isEmpty() || next.get().nextAttemptAt().isAfter(now)) {
                break;
            }
            Webhook.Answer answer = post(subscription, next.get(), now);
            outbox.log(subscription.id(), next.get(), now, answer);
            if (!answer.delivered()) {
                outbox.failed(next.get().id(), now.plus(backoff(next.get().attempts() + 1)));
                break;
            }
            outbox.delivered(next.get().id(), now);
            delivered++;
        }
        return delivered;
    }

    private Webhook.Answer post(SubscriptionRepository.Stored subscription, OutboxRepository.Waiting event, Instant now) {
        byte[] body = body(subscription, event, now);
        String timestamp = String.valueOf(now.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookSignature.TIMESTAMP_HEADER, timestamp);
        headers.put(WebhookSignature.HEADER, WebhookSignature.sign(subscription.secret(), timestamp, body));
        headers.put("Stocktrace-Subscription", String.valueOf(subscription.id()));
        headers.put("Stocktrace-Sequence", String.valueOf(event.sequenceNumber()));
        headers.put("Stocktrace-Event-Id", event.eventId());
        return webhook.post(URI.create(subscription.destination()), body, headers);
    }

    /** An EPCISQueryDocument of the one event, naming the subscription and its query, as the query binding sends. */
    private byte[] body(SubscriptionRepository.Stored subscription, OutboxRepository.Waiting event, Instant now) {
        JsonMapper json = JsonMapper.shared();
        JsonNode payload = json.readTree(event.payload());
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("subscriptionID", String.valueOf(subscription.id()));
        results.put("queryName", subscription.name());
        results.put("resultsBody", Map.of("eventList", List.of(payload)));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", CONTEXT);
        document.put("type", "EPCISQueryDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", now.truncatedTo(ChronoUnit.MILLIS).toString());
        document.put("epcisBody", Map.of("queryResults", results));
        return json.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
    }

    /** How long a delivered event and its log are kept. */
    static final Duration KEPT = Duration.ofDays(30);

    /** Forgets the events delivered more than {@link #KEPT} before {@code now}, with their attempts. */
    int purge(Instant now) {
        Integer purged = transaction.execute(status -> outbox.purgeDelivered(now.minus(KEPT)));
        return purged == null ? 0 : purged;
    }

    /** The wait before attempt {@code failures + 1}: 10 s, 20 s, 40 s, ... at most an hour. */
    static Duration backoff(int failures) {
        Duration wait = FIRST_RETRY;
        for (int i = 1; i < failures && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
