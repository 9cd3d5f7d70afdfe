package io.stocktrace.api;

import io.stocktrace.node.OnceAcrossNodes;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Idempotency-Keys as reservations taken before the work, Stripe's way: the first request with a key holds it
 * while it runs, a concurrent duplicate is told to come back, a later one gets the stored answer. The one place
 * that decides between running, replaying and refusing.
 */
@Service
class IdempotencyReservations {
    static final Duration LEASE = Duration.ofSeconds(30);
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    static final Duration RETENTION = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyReservations.class);
    private static final int ATTEMPTS = 3;
    static final OnceAcrossNodes.Turn PURGE =
            new OnceAcrossNodes.Turn("idempotency-keys-purge", Duration.ofMinutes(10), Duration.ofMinutes(5));

    private final IdempotencyKeys keys;
    private final Clock clock;
    private final OnceAcrossNodes once;
    private final Set<String> liveTokens = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<KeyLease> leaseOfThisThread = new ThreadLocal<>();

    IdempotencyReservations(IdempotencyKeys keys, Clock clock, OnceAcrossNodes once) {
        this.keys = keys;
        this.clock = clock;
        this.once = once;
    }

    IdempotencyDecision reserve(String username, String key, String requestHash) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            String token = UUID.randomUUID().toString();
            Optional<Long> id = keys.reserve(username, key, requestHash, token, now, now.plus(LEASE));
            if (id.isPresent()) {
                return new IdempotencyDecision.Proceed(new KeyLease(id.get(), token));
            }
            Optional<IdempotencyKeys.Reservation> existing = keys.find(username, key);
            if (existing.isPresent()) {
                return decide(existing.get(), requestHash, token, now);
            }
            // released between our insert and our read: the key is free again
        }
        return new IdempotencyDecision.InFlight(RETRY_AFTER);
    }

    private IdempotencyDecision decide(IdempotencyKeys.Reservation existing, String requestHash, String token,
                                       Instant now) {
        if (!existing.requestHash().equals(requestHash)) {
            return new IdempotencyDecision.Reused();
        }
        if (existing.completed()) {
            return new IdempotencyDecision.Replay(existing.answer());
        }
        if (existing.leaseExpiresAt().isAfter(now)) {
            return new IdempotencyDecision.InFlight(RETRY_AFTER);
        }
        if (existing.workCommittedAt() != null) {
            return new IdempotencyDecision.AnswerLost(existing.workCommittedAt());
        }
        if (keys.takeOver(existing.id(), token, now, now.plus(LEASE))) {
            log.info("Idempotency key reservation {} taken over from an owner whose lease ran out", existing.id());
            return new IdempotencyDecision.Proceed(new KeyLease(existing.id(), token));
        }
        return new IdempotencyDecision.InFlight(RETRY_AFTER);
    }

    /** From here until {@link #letGo}, every transaction this thread commits is the leased request's work. */
    void hold(KeyLease lease) {
        liveTokens.add(lease.token());
        leaseOfThisThread.set(lease);
    }

    void letGo(KeyLease lease) {
        leaseOfThisThread.remove();
        liveTokens.remove(lease.token());
    }

    /**
     * Called inside each transaction of the leased request just before it commits: the stamp commits with the
     * work or not at all. An owner whose lease was taken over has its work rolled back.
     */
    void stampWorkOfThisThread() {
        KeyLease lease = leaseOfThisThread.get();
        if (lease != null && !keys.stampWorkCommitted(lease, clock.instant())) {
            throw new StocktraceException(ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT, "This request's Idempotency-Key "
                    + "was taken over by a retry while it ran; its changes were not saved.");
        }
    }

    /**
     * Keeps the answer of a request that succeeded or wrote something; frees the key of one that failed without
     * writing. A null answer means the request ended without one (an exception escaped).
     */
    void finish(KeyLease lease, StoredAnswer answer) {
        boolean wroteSomething = keys.workCommittedAt(lease).isPresent();
        if (answer != null && (answer.successful() || wroteSomething)) {
            keys.complete(lease, answer);
        } else if (wroteSomething) {
            keys.abandon(lease, clock.instant());
        } else {
            keys.release(lease);
        }
    }

    /** After a failed {@link #finish}: lets retries find out at once instead of when the lease runs out. */
    void abandon(KeyLease lease) {
        keys.abandon(lease, clock.instant());
    }

    /**
     * Every node renews the leases of the requests it runs itself, and only those: only this process knows they are
     * alive, so this never runs under {@link OnceAcrossNodes} (a node skipping its turn would let its running requests'
     * leases lapse and be taken over). A node that dies stops renewing, and its leases run out in {@link #LEASE}.
     */
    @Scheduled(fixedDelay = 10_000, initialDelay = 10_000)
    void renewLeases() {
        if (!liveTokens.isEmpty()) {
            keys.renew(Set.copyOf(liveTokens), clock.instant().plus(LEASE));
        }
    }

    /** The purge is the same DELETE on every node: one node a turn does it (under {@link #PURGE}'s lease). */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void purgeExpiredOnce() {
        once.run(PURGE, this::purgeExpired);
    }

    void purgeExpired() {
        Instant now = clock.instant();
        keys.purge(now.minus(RETENTION), now);
    }
}
