package io.stocktrace.trace;

import io.stocktrace.lot.LotService;
import io.stocktrace.lot.LotSummary;
import io.stocktrace.ops.OperationalMetrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Upstream and downstream traces of a lot, and its mass balance. */
@Service
public class TraceService {
    private final LotService lots;
    private final LotGraph graph;
    private final TraceRepository traces;
    private final TraceReadPool pool;
    private final int asideFrom;
    private final OperationalMetrics metrics;

    /**
     * {@code stocktrace.trace.aside-from}: how many lots a level of a downstream walk must have for their operations
     * to be read aside, in parts of that many (a test lowers it to take that path with little data).
     */
    TraceService(LotService lots, LotGraph graph, TraceRepository traces, TraceReadPool pool,
                 @Value("${stocktrace.trace.aside-from:4000}") int asideFrom, OperationalMetrics metrics) {
        this.metrics = metrics;
        this.lots = lots;
        this.graph = graph;
        this.traces = traces;
        this.pool = pool;
        this.asideFrom = asideFrom;
    }

    /**
     * The lot, the lots reached in the direction asked (the lot itself at depth 0), the links between them, the
     * operations, the suppliers of the lots upstream and the customers of the lots downstream (the lot's own receipts
     * and deliveries count in both). The operations are every operation of the lot and of the lots downstream, and of
     * the lots upstream those that brought them into this lot: how each came into our stock and its consumption by
     * the orders that made this lot, as Odoo's upstream report shows them; not what else was made from them.
     */
    @Transactional(readOnly = true)
    public Trace trace(long lotId, Trace.Direction direction) {
        return metrics.timeTrace(direction.name().toLowerCase(java.util.Locale.ROOT), () -> traceOnce(lotId, direction));
    }

    private Trace traceOnce(long lotId, Trace.Direction direction) {
        LotSummary lot = lots.get(lotId);
        // Every operation of the lot and the lots downstream; of those only upstream, what brought them into this lot
        OperationReads whole = new OperationReads();
        LotGraph.Walk down = direction.down() ? graph.walkWithLinks(lotId, true, whole) : LotGraph.Walk.of(lotId);
        if (!direction.down()) {
            whole.accept(List.of(lotId));
        }
        LotGraph.Walk up = direction.up() ? graph.walkWithLinks(lotId, false, level -> { }) : LotGraph.Walk.of(lotId);
        Map<Long, Integer> depths = new LinkedHashMap<>(down.depths());
        up.depths().forEach((id, depth) -> depths.merge(id, depth, Math::min));
        List<Trace.Link> links = links(up, down);
        List<Trace.TracedLot> reached = traces.lots(depths.keySet()).stream()
                .map(l -> new Trace.TracedLot(l.id(), l.name(), l.productId(), l.productName(), depths.get(l.id())))
                .sorted(Comparator.comparingInt(Trace.TracedLot::depth).thenComparingLong(Trace.TracedLot::id))
                .toList();
        Set<Long> ancestors = new LinkedHashSet<>(up.depths().keySet());
        ancestors.removeAll(down.depths().keySet());
        Set<Long> ordersMakingUp = new HashSet<>();
        up.edges().forEach(e -> ordersMakingUp.add(e.orderId()));
        List<TraceRepository.MoveLine> both = new ArrayList<>(whole.rows());
        both.addAll(traces.operationsOnThePath(ancestors, ordersMakingUp));
        List<TraceRepository.OperationRow> rows = traces.named(TraceRepository.newestFirst(both));
        Set<Long> supplied = direction.up() ? up.depths().keySet() : Set.of(lotId);
        Set<Long> received = direction.down() ? down.depths().keySet() : Set.of(lotId);
        return new Trace(lot, reached, links, rows.stream().map(TraceRepository.OperationRow::operation).toList(),
                totals(rows, supplied, true), totals(rows, received, false));
    }

    /**
     * The operations of the levels of lots a walk gives, read as they come: a big level (4,000 lots or more) in parts
     * of that size on {@link TraceReadPool} while the walk goes on, smaller ones together at the end. A hot lot's
     * 22,000 lots downstream are nearly all on its first level.
     */
    private final class OperationReads implements Consumer<List<Long>> {
        private final List<Long> together = new ArrayList<>();
        private final List<CompletableFuture<List<TraceRepository.MoveLine>>> aside = new ArrayList<>();

        @Override
        public void accept(List<Long> level) {
            if (level.size() >= asideFrom) {
                for (int from = 0; from < level.size(); from += asideFrom) {
                    List<Long> part = level.subList(from, Math.min(level.size(), from + asideFrom));
                    // sorted there too: the parts come back as runs that the final sort merges
                    aside.add(pool.submit(() -> TraceRepository.newestFirst(traces.operations(part))));
                }
            } else {
                together.addAll(level);
            }
        }

        List<TraceRepository.MoveLine> rows() {
            List<TraceRepository.MoveLine> rows = new ArrayList<>(traces.operations(together));
            aside.forEach(read -> rows.addAll(TraceReadPool.join(read)));
            return rows;
        }
    }

    /** The links both walks followed, each once, with their order's reference, oldest first. */
    private List<Trace.Link> links(LotGraph.Walk up, LotGraph.Walk down) {
        Map<Long, LotGraph.Edge> edges = new HashMap<>();
        up.edges().forEach(e -> edges.put(e.id(), e));
        down.edges().forEach(e -> edges.put(e.id(), e));
        Set<Long> orders = new HashSet<>();
        edges.values().forEach(e -> orders.add(e.orderId()));
        Map<Long, String> references = traces.orderReferences(orders);
        return edges.values().stream()
                .sorted(Comparator.comparing(LotGraph.Edge::date).thenComparingLong(LotGraph.Edge::id))
                .map(e -> new Trace.Link(e.consumedLotId(), e.producedLotId(), e.quantity(),
                        references.get(e.orderId()), e.date()))
                .toList();
    }

    /**
     * The ids of the lot and of every lot reached in the direction asked: the lots of {@link #trace} without the
     * links, operations and totals that a report of the lots alone does not need.
     */
    @Transactional(readOnly = true)
    public Set<Long> reach(long lotId, Trace.Direction direction) {
        lots.get(lotId);
        Set<Long> reached = new LinkedHashSet<>(direction.down() ? graph.downstream(List.of(lotId)).keySet() : Set.of(lotId));
        reached.addAll(direction.up() ? graph.upstream(List.of(lotId)).keySet() : Set.of(lotId));
        return reached;
    }

    /**
     * Per partner, what these lots' operations brought from suppliers (or took to customers), and what went back
     * the other way (returns); by partner name, then id (no partner last).
     */
    static List<Trace.PartnerQuantity> totals(List<TraceRepository.OperationRow> rows, Set<Long> lotIds,
                                                      boolean suppliers) {
        String usage = suppliers ? "supplier" : "customer";
        Map<Optional<Long>, Trace.PartnerQuantity> sums = new HashMap<>();
        for (TraceRepository.OperationRow r : rows) {
            boolean forward = usage.equals(suppliers ? r.sourceUsage() : r.destinationUsage());
            boolean back = usage.equals(suppliers ? r.destinationUsage() : r.sourceUsage());
            if ((forward || back) && lotIds.contains(r.operation().lotId())) {
                BigDecimal quantity = r.operation().quantity();
                sums.merge(Optional.ofNullable(r.partnerId()), new Trace.PartnerQuantity(r.partnerId(), r.operation().partner(),
                                forward ? quantity : BigDecimal.ZERO, back ? quantity : BigDecimal.ZERO),
                        (a, b) -> new Trace.PartnerQuantity(a.partnerId(), a.name(), a.quantity().add(b.quantity()),
                                a.returned().add(b.returned())));
            }
        }
        return sums.values().stream().sorted(Comparator.comparing(Trace.PartnerQuantity::name,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Trace.PartnerQuantity::partnerId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * The lots one level before (upstream) or after (downstream) this one through the manufacturing order with this
     * reference, with their operations: what one row of the report unfolds to.
     */
    @Transactional(readOnly = true)
    public Trace.Step step(long lotId, Trace.Direction direction, String reference) {
        lots.get(lotId);
        boolean down = direction == Trace.Direction.DOWNSTREAM;
        Set<Long> next = new LinkedHashSet<>();
        traces.links(List.of(lotId), down).stream().filter(k -> k.reference().equals(reference))
                .forEach(k -> next.add(down ? k.toLotId() : k.fromLotId()));
        if (next.isEmpty()) {
            return new Trace.Step(List.of(), List.of(), List.of());
        }
        List<TraceRepository.OperationRow> operations = traces.named(TraceRepository.newestFirst(down
                ? traces.operations(next) : traces.operationsOnThePath(next, traces.ordersMaking(List.of(lotId)))));
        return new Trace.Step(traces.lots(next),
                operations.stream().map(TraceRepository.OperationRow::operation).toList(), traces.links(next, down));
    }

    /** Every lot made from this one, through every level, with the lot itself at depth 0. */
    public Map<Long, Integer> downstream(long lotId) {
        lots.get(lotId);
        return new HashMap<>(graph.downstream(List.of(lotId)));
    }

    @Transactional(readOnly = true)
    public Balance balance(long lotId) {
        lots.get(lotId);
        return traces.balance(lotId);
    }
}
