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

    RecallService(LotService lots, LotGraph graph, RecallRepository recalls, References references, Clock clock,
                  OperationalMetrics metrics) {
        this.metrics = metrics;
        this.lots = lots;
        this.graph = graph;
        this.recalls = recalls;
        this.references = references;
        this.clock = clock;
    }

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
        long id = recalls.insert(references.next("recall"), lotId, reason.strip(), actor, now, affected);
        lots.changeStatus(affected.keySet(), LotStatus.RECALLED, reason.strip(), actor);
        return get(id);
    }

    /** Recalls, newest first; their lots and customers are read by {@link #get}. */
    @Transactional(readOnly = true)
    public Page<Recall> list(Paging paging) {
        return new Page<>(recalls.list(paging), recalls.count());
    }

    @Transactional(readOnly = true)
    public Recall get(long id) {
        Recall r = recalls.find(id).orElseThrow(() -> StocktraceException.notFound("Recall", id));
        return new Recall(r.id(), r.reference(), r.lotId(), r.reason(), r.createdBy(), r.createdAt(),
                recalls.affectedLots(id), recalls.customers(id), recalls.blockedStock(id));
    }
}
