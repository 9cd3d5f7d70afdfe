package io.stocktrace.trace;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.db.References;
import io.stocktrace.lot.LotService;
import io.stocktrace.lot.LotStatus;
import io.stocktrace.ops.OperationalMetrics;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recalls: block a lot and every lot made from it, and list every customer who received any of them. */
@Service
public class RecallService {
    private final LotService lots;
    private final LotGraph graph;
    private final RecallRepository recalls;
    private final References references;
    private final Clock clock;
    private final OperationalMetrics metrics;
    private final RecallPartsRepository parts;
    private final int maxAnsweredLots;

    RecallService(LotService lots, LotGraph graph, RecallRepository recalls, References references, Clock clock,
                  OperationalMetrics metrics, RecallPartsRepository parts,
                  @Value("${stocktrace.recall.max-answered-lots:10000}") int maxAnsweredLots) {
        this.metrics = metrics;
        this.parts = parts;
        this.maxAnsweredLots = maxAnsweredLots;
        this.lots = lots;
        this.graph = graph;
        this.recalls = recalls;
        this.references = references;
        this.clock = clock;
    }

    /**
     * Recalls the lot and everything made from it; answers as {@link #answer} does: whole up to
     * {@code stocktrace.recall.max-answered-lots} lots, past it the summary (counts) whose lists are read by page.
     */
    @Requires(Role.MANAGER)
    @Transactional
    public Recall recall(Long lotId, String reason, String actor) {
        return metrics.timeRecall(() -> recallOnce(lotId, reason, actor));
    }

    private Recall recallOnce(Long lotId, String reason, String actor) {
        new Validation()
                .require(lotId != null, "lotId", "is required")
                .require(reason != null && !reason.isBlank(), "reason", "is required")
                .require(reason == null || reason.length() <= 1000, "reason", "at most 1000 characters")
                .throwIfAny();
        lots.get(lotId);
        Map<Long, Integer> affected = graph.downstream(List.of(lotId));
        Instant now = clock.instant();
        Map<Long, LotStatus> before = lots.lockForRecall(affected.keySet());
        long id = recalls.insert(references.next("recall"), lotId, reason.strip(), actor, now, affected, before);
        lots.recordRecall(id, lotId, reason.strip(), actor);
        return answer(id);
    }

    /** Recalls, newest first; their lots and customers are read by {@link #get}. */
    @Transactional(readOnly = true)
    public Page<Recall> list(Paging paging) {
        return new Page<>(recalls.list(paging), recalls.count());
    }

    /**
     * The recall as the API answers it: whole ({@link #get}) when it recalled at most
     * {@code stocktrace.recall.max-answered-lots} lots (10,000 by default), else its summary: the counts, the lists
     * empty and {@code whole} false; {@link #lots}, {@link #customers} and {@link #blockedStock} page through them
     * and the customers' CSV holds them all.
     */
    @Transactional(readOnly = true)
    public Recall answer(long id) {
        Recall r = recalls.find(id).orElseThrow(() -> StocktraceException.notFound("Recall", id));
        Recall.Counts counts = parts.counts(id);
        if (counts.affectedLots() <= maxAnsweredLots) {
            return get(id);
        }
        return new Recall(r.id(), r.reference(), r.lotId(), r.reason(), r.createdBy(), r.createdAt(), List.of(),
                List.of(), List.of(), counts, false);
    }

    /** A page of the recall's lots, in the order of the whole answer. */
    @Transactional(readOnly = true)
    public Page<Recall.AffectedLot> lots(long id, Paging paging) {
        long total = found(id).affectedLots();
        return new Page<>(parts.affectedLots(id, paging), total);
    }

    /** A page of the recall's customers (each with all its shipments), in the order of the whole answer. */
    @Transactional(readOnly = true)
    public Page<Recall.Customer> customers(long id, Paging paging) {
        found(id);
        List<Recall.Customer> all = recalls.customers(id);
        int from = (int) Math.min(all.size(), paging.offset());
        return new Page<>(List.copyOf(all.subList(from, Math.min(all.size(), from + paging.limit()))), all.size());
    }

    /** A page of the recalled stock still in our locations. */
    @Transactional(readOnly = true)
    public Page<Recall.BlockedStock> blockedStock(long id, Paging paging) {
        long total = found(id).blockedStock();
        return new Page<>(parts.blockedStock(id, paging), total);
    }

    private Recall.Counts found(long id) {
        recalls.find(id).orElseThrow(() -> StocktraceException.notFound("Recall", id));
        return parts.counts(id);
    }

    /** The whole recall, every list in full (the recall's page and its customers' CSV). */
    @Transactional(readOnly = true)
    public Recall get(long id) {
        Recall r = recalls.find(id).orElseThrow(() -> StocktraceException.notFound("Recall", id));
        return new Recall(r.id(), r.reference(), r.lotId(), r.reason(), r.createdBy(), r.createdAt(),
                recalls.affectedLots(id), recalls.customers(id), recalls.blockedStock(id));
    }
}
