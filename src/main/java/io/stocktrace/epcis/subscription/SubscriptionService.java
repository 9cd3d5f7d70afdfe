package io.stocktrace.epcis.subscription;

import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscriptions to named EPCIS queries: created (from the next ledger block on), listed, paused, resumed, deleted,
 * and their delivery logs. Delivery itself is {@link SubscriptionDelivery}'s.
 */
@Service
public class SubscriptionService {
    /** Subscriptions a site may have: each is a webhook the worker posts to every round. */
    public static final int MAX_SUBSCRIPTIONS = 100;

    private final SubscriptionRepository subscriptions;
    private final OutboxRepository outbox;
    private final LedgerWindow ledger;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SubscriptionService(SubscriptionRepository subscriptions, OutboxRepository outbox, LedgerWindow ledger, JsonMapper json,
                        Clock clock) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.ledger = ledger;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A subscription to the events sealed from now on, validated by {@link SubscriptionRequest#of}; its secret is in
     * the answer, and only there.
     */
    @Requires(Role.MANAGER)
    @Transactional
    public Subscription.Created subscribe(String name, String destination, Map<String, List<String>> query, String actor) {
        SubscriptionRequest request = SubscriptionRequest.of(name, destination, query);
        if (subscriptions.count() >= MAX_SUBSCRIPTIONS) {
            throw new StocktraceException(ProblemType.LIMIT_EXCEEDED, "This site has " + MAX_SUBSCRIPTIONS
                    + " subscriptions, as many as it may have: delete one first.", List.of(),
                    Map.of("limit", "subscriptions", "maximum", MAX_SUBSCRIPTIONS));
        }
        if (subscriptions.nameTaken(request.name())) {
            throw StocktraceException.atField(ProblemType.CONFLICT, "name",
                    "A subscription named '" + request.name() + "' already exists.");
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        long id = subscriptions.insert(request, secret, SubscriptionJson.of(json, request.query()), ledger.headPosition(),
                clock.instant(), actor);
        return new Subscription.Created(get(id), secret);
    }

    @Requires(Role.MANAGER)
    @Transactional(readOnly = true)
    public List<Subscription> list() {
        return subscriptions.list(this::view);
    }

    @Requires(Role.MANAGER)
    @Transactional(readOnly = true)
    public Subscription get(long id) {
        return subscriptions.find(id, this::view).orElseThrow(() -> StocktraceException.notFound("Subscription", id));
    }

    /** Stops posting: events keep going into the outbox, and go out in order once resumed. */
    @Requires(Role.MANAGER)
    @Transactional
    public Subscription pause(long id) {
        return changeState(id, Subscription.PAUSED);
    }

    @Requires(Role.MANAGER)
    @Transactional
    public Subscription resume(long id) {
        return changeState(id, Subscription.ACTIVE);
    }

    /** Deletes the subscription with its outbox and log. */
    @Requires(Role.MANAGER)
    @Transactional
    public void unsubscribe(long id) {
        if (!subscriptions.delete(id)) {
            throw StocktraceException.notFound("Subscription", id);
        }
    }

    /** The delivery log, newest attempt first. */
    @Requires(Role.MANAGER)
    @Transactional(readOnly = true)
    public List<Subscription.Delivery> deliveries(long id, int limit, int offset) {
        get(id);
        return outbox.log(id, limit, offset);
    }

    private Subscription changeState(long id, String state) {
        if (!subscriptions.changeState(id, state)) {
            throw StocktraceException.notFound("Subscription", id);
        }
        return get(id);
    }

    private Subscription view(SubscriptionRepository.ViewRow row) {
        return new Subscription(row.id(), row.name(), row.destination(), row.state(), SubscriptionJson.query(json, row.queryJson()),
                row.createdAt(), row.createdBy(), row.pending(), row.delivered(), row.nextAttemptAt(), row.lastError());
    }
}
