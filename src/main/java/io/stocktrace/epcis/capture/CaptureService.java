package io.stocktrace.epcis.capture;

import io.stocktrace.limits.Limits;
import io.stocktrace.partner.PartnerService;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * EPCIS capture: a partner's document becomes a job at once (202), then is checked (GS1's schema and
 * {@link EventIndex}) and stored in one transaction, all or nothing, on one worker thread, so that captures of the
 * same events never race. An event the partner's captures already hold (same eventID, same kind) is skipped.
 */
@Service
public class CaptureService {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureService.class);

    private final CaptureRepository captures;
    private final CaptureSchema schema;
    private final PartnerService partners;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** How long a job's lease lasts; it is renewed twice as often while this server holds the job. */
    static final Duration LEASE = Duration.ofSeconds(60);
    static final String ABANDONED = "the server that accepted the document stopped before storing it: nothing was stored;"
            + " send the document again";
    /** The jobs this server holds (waiting or running), whose leases it renews. */
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    /** Documents waiting for the worker, each held in memory: past this many, a capture is refused at once. */
    static final int MAX_WAITING = 32;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread thread = new Thread(r, "epcis-capture");
                thread.setDaemon(true);
                return thread;
            });

    CaptureService(CaptureRepository captures, CaptureSchema schema, PartnerService partners,
                   TransactionTemplate transactions, Clock clock) {
        this.captures = captures;
        this.schema = schema;
        this.partners = partners;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Accepts a document (or one event) from a partner: refuses at once an unknown partner or too many events, and
     * answers the job, still running; its outcome is read with {@link #job}.
     */
    @Requires(Role.OPERATOR)
    public CaptureJob capture(Long partnerId, JsonNode document, String actor) {
        if (partnerId == null) {
            throw StocktraceException.invalid("partnerId", "required: the partner whose events these are");
        }
        if (partners.find(partnerId).isEmpty()) {
            throw StocktraceException.invalid("partnerId", "partner " + partnerId + " does not exist");
        }
        int events = EventIndex.count(document);
        Limits.requireAtMost("epcisEventsPerCapture", "epcisBody.eventList", events, schema.settings().maxEvents(), "events");
        Limits.requireAtMost("epcisCapturesWaiting", "body", worker.getQueue().size() + 1L, MAX_WAITING,
                "documents waiting to be captured (send it again once they are done)");
        long jobId = captures.createJob(partnerId, events, actor, clock.instant(), clock.instant().plus(LEASE));
        held.add(jobId);
        worker.execute(() -> {
            try {
                store(jobId, partnerId, document);
            } finally {
                held.remove(jobId);
            }
        });
        return captures.job(jobId).orElseThrow();
    }

    /** A capture job, whoever's it is: captures are read by whoever may read the partner (viewer and up). */
    @Requires(Role.VIEWER)
    public CaptureJob job(long id) {
        CaptureJob job = captures.job(id).orElseThrow(() -> StocktraceException.notFound("Capture job", id));
        if (CaptureJob.RUNNING.equals(job.state())) {
            captures.failIfAbandoned(id, ABANDONED, clock.instant());
            return captures.job(id).orElseThrow();
        }
        return job;
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    void renewLeases() {
        if (!held.isEmpty()) {
            captures.renew(Set.copyOf(held), clock.instant().plus(LEASE));
        }
    }

    /** Bytes one captured document may have. */
    public int maxBytes() {
        return schema.settings().maxBytes();
    }

    private void store(long jobId, long partnerId, JsonNode document) {
        try {
            List<String> errors = new ArrayList<>(schema.errors(document));
            EventIndex.Result read = EventIndex.read(document);
            errors.addAll(read.errors());
            if (!errors.isEmpty()) {
                captures.finish(jobId, CaptureJob.FAILURE, 0, errors, clock.instant());
                return;
            }
            LOG.debug("Capture job {} stored {} events", jobId, storeOnce(jobId, partnerId, read.events()));
        } catch (RuntimeException e) {
            LOG.error("Capture job {} failed", jobId, e);
            captures.finish(jobId, CaptureJob.FAILURE, 0, List.of("internal error: nothing was stored"), clock.instant());
        }
    }

    /**
     * Stores the new events and ends the job, in one transaction. Another server sharing the database may store the
     * same events meanwhile: its unique eventIDs then refuse ours, and one more try skips them.
     */
    private int storeOnce(long jobId, long partnerId, List<CapturedEvent> events) {
        try {
            return storeNew(jobId, partnerId, events);
        } catch (DuplicateKeyException storedMeanwhile) {
            return storeNew(jobId, partnerId, events);
        }
    }

    private int storeNew(long jobId, long partnerId, List<CapturedEvent> events) {
        Integer stored = transactions.execute(status -> {
            List<CapturedEvent> fresh = fresh(partnerId, events);
            captures.insert(jobId, partnerId, fresh, clock.instant());
            captures.finish(jobId, CaptureJob.SUCCESS, fresh.size(), List.of(), clock.instant());
            return fresh.size();
        });
        return stored == null ? 0 : stored;
    }

    /** The events neither captured before from this partner nor repeated earlier in the same document. */
    private List<CapturedEvent> fresh(long partnerId, List<CapturedEvent> events) {
        Set<String> stored = captures.storedKeys(partnerId, events);
        Map<String, CapturedEvent> fresh = new LinkedHashMap<>();
        events.stream().filter(e -> !stored.contains(e.key())).forEach(e -> fresh.putIfAbsent(e.key(), e));
        return List.copyOf(fresh.values());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
