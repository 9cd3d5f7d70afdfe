package io.stocktrace.trace;

import io.stocktrace.lot.LotService;
import io.stocktrace.lot.LotSummary;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trace the size of what is asked, however big the trace (a hot lot's 90,000 operations): its summary, its operations
 * by page (keyset: level, lot id, move line newest first) and as a stream of those same pages; and the whole answer of
 * {@link TraceService#trace} for traces up to {@code stocktrace.trace.max-operations} operations.
 */
@Service
public class TraceOperationsService {
    /** The largest page a client may ask for. */
    public static final int MAX_PAGE = 1000;
    /** Parts the stream reads ahead, one on each of {@link TraceReadPool}'s threads, while it writes the one before. */
    private static final int READ_AHEAD = 2;

    private final LotService lots;
    private final TraceService traces;
    private final TraceRepository repository;
    private final TraceLevelRepository levels;
    private final TraceStreamRepository streams;
    private final TraceStockRepository stocks;
    private final int maxOperations;

    TraceOperationsService(LotService lots, TraceService traces, TraceRepository repository, TraceLevelRepository levels,
                           TraceStreamRepository streams, TraceStockRepository stocks, @Value("${stocktrace.trace.max-operations:10000}") int maxOperations) {
        this.lots = lots;
        this.traces = traces;
        this.repository = repository;
        this.levels = levels;
        this.streams = streams;
        this.stocks = stocks;
        this.maxOperations = maxOperations;
    }

    /** The most operations a whole trace answers; past it {@link #traceWhole} refuses and points to the pages. */
    public int maxOperations() {
        return maxOperations;
    }

    /**
     * The whole trace, as {@link TraceService#trace} gives it, if it holds at most {@link #maxOperations} operations;
     * otherwise 422 {@code limit-exceeded} naming the summary, the pages and the stream. A lot with more move lines
     * and lots made from it than that is refused before the trace is read.
     */
    @Transactional(readOnly = true)
    public Trace traceWhole(long lotId, Trace.Direction direction) {
        lots.get(lotId);
        long least = levels.leastOperations(lotId, direction.down());
        if (least > maxOperations) {
            throw tooBig(lotId, direction);
        }
        Trace trace = traces.trace(lotId, direction);
        if (trace.operations().size() > maxOperations) {
            throw tooBig(lotId, direction);
        }
        return trace;
    }

    private StocktraceException tooBig(long lotId, Trace.Direction direction) {
        String wire = direction == Trace.Direction.UPSTREAM ? "upstream" : "downstream";
        String base = "/api/v1/lots/" + lotId + "/trace";
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("limit", "traceOperations");
        properties.put("maximum", maxOperations);
        properties.put("summary", base + "/summary?direction=" + wire);
        properties.put("operations", base + "/operations?direction=" + wire);
        properties.put("stream", base + "/operations.ndjson?direction=" + wire);
        properties.put("csv", base + "/operations.csv?direction=" + wire);
        String detail = "The trace of lot " + lotId + " holds more than " + maxOperations + " operations "
                + "(traceOperations): read its summary, then its operations by page or as a stream ("
                + properties.get("summary") + ").";
        return new StocktraceException(ProblemType.LIMIT_EXCEEDED, detail,
                List.of(new FieldProblem("id", "a trace of at most " + maxOperations + " operations")), properties);
    }

    /** The trace in figures: lots and operations per level, partners, stock; and the cursor of its first page. */
    @Transactional(readOnly = true)
    public TraceSummary summarize(long lotId, Trace.Direction direction) {
        LotSummary lot = lots.get(lotId);
        boolean down = oneWay(direction);
        TraceCursor start = levels.start();
        TraceLevelRepository.Walk walk = levels.walk(lotId, down, start);
        List<List<Long>> reached = walk.levels();
        List<Long> all = new ArrayList<>();
        reached.forEach(all::addAll);
        // the stock and the suppliers are read here while the totals' parts are read aside
        var meanwhile = new Object() {
            TraceStockRepository.Stock stock;
            List<Trace.PartnerQuantity> suppliers;
        };
        Map<Integer, Long> counts;
        List<Trace.PartnerQuantity> customers;
        if (down) {
            TraceLevelRepository.Totals totals = levels.totals(reached, start.moveBound(), () -> {
                meanwhile.stock = stocks.stock(all);
                meanwhile.suppliers = stocks.partners(List.of(lotId), true, start.moveBound());
            });
            counts = totals.counts();
            customers = totals.customers();
        } else {
            List<TraceRepository.OperationRow> rows = new ArrayList<>();
            counts = new LinkedHashMap<>();
            for (int depth = 0; depth < reached.size(); depth++) {
                List<TraceRepository.MoveLine> level = upstreamLevel(walk, depth, start);
                counts.put(depth, (long) level.size());
                rows.addAll(repository.named(level));
            }
            meanwhile.suppliers = TraceService.totals(rows, new HashSet<>(all), true);
            meanwhile.stock = stocks.stock(all);
            customers = stocks.partners(List.of(lotId), false, start.moveBound());
        }
        List<TraceSummary.Level> perLevel = new ArrayList<>();
        for (int depth = 0; depth < reached.size(); depth++) {
            perLevel.add(new TraceSummary.Level(depth, reached.get(depth).size(), counts.getOrDefault(depth, 0L)));
        }
        TraceStockRepository.Stock stock = meanwhile.stock;
        return new TraceSummary(lot, direction, all.size(), perLevel.stream().mapToLong(TraceSummary.Level::operations).sum(),
                perLevel, meanwhile.suppliers, customers, stock.onHand(), stock.lotsOnHand(), stock.blocked(), stock.blockedLots(),
                start.encode());
    }

    /**
     * At most {@code limit} operations of the trace after the cursor {@code after} (from the first when null), of level
     * {@code depth} only when given, and the cursor of the next page.
     */
    @Transactional(readOnly = true)
    public TracePage page(long lotId, Trace.Direction direction, Integer depth, String after, int limit) {
        lots.get(lotId);
        boolean down = oneWay(direction);
        if (limit < 1 || limit > MAX_PAGE) {
            throw StocktraceException.invalid("limit", "must be between 1 and " + MAX_PAGE);
        }
        if (depth != null && (depth < 0 || depth > LotGraph.MAX_DEPTH)) {
            throw StocktraceException.invalid("depth", "must be between 0 and " + LotGraph.MAX_DEPTH);
        }
        TraceCursor cursor = after == null ? levels.start() : TraceCursor.decode("after", after);
        return read(levels.walk(lotId, down, cursor), cursor, depth, limit);
    }

    /**
     * Every operation of the trace, in the pages' order, given to {@code sink} in parts as they are read: the lots of a
     * level {@code stocktrace.trace.part-lots} (2,500) at a time (upstream, a level whole), two parts read side by side on
     * {@link TraceReadPool} while the part before them is written, so the stream holds three parts at most. Not in one
     * transaction: each part's statements take a connection and give it back, and the bounds read first keep every
     * part to the same trace. A stream takes both of the pool's threads while it runs: whole traces read beside it
     * wait for them.
     */
    public void stream(long lotId, Trace.Direction direction, Consumer<List<TraceStreamWriter.OperationView>> sink) {
        lots.get(lotId);
        TraceCursor start = levels.start();
        TraceLevelRepository.Walk walk = levels.walk(lotId, oneWay(direction), start);
        List<List<Long>> reached = walk.levels();
        TraceStreamRepository.Names names = TraceStreamRepository.names();
        List<Supplier<List<TraceStreamWriter.OperationView>>> parts = new ArrayList<>();
        for (int depth = 0; depth < reached.size(); depth++) {
            int d = depth;
            List<Long> level = reached.get(depth);
            if (!walk.downstream() && depth > 0) {
                parts.add(() -> streams.views(upstreamLevel(walk, d, start), d, names));
                continue;
            }
            for (int from = 0; from < level.size(); from += levels.partLots()) {
                List<Long> some = level.subList(from, Math.min(level.size(), from + levels.partLots()));
                parts.add(() -> streams.views(streams.rows(some, start.moveBound()), d, names));
            }
        }
        Deque<CompletableFuture<List<TraceStreamWriter.OperationView>>> ahead = new ArrayDeque<>();
        int next = 0;
        while (next < parts.size() && ahead.size() < READ_AHEAD) {
            ahead.add(levels.aside(parts.get(next++)));
        }
        while (!ahead.isEmpty()) {
            List<TraceStreamWriter.OperationView> rows = TraceReadPool.join(ahead.poll());
            if (next < parts.size()) {
                ahead.add(levels.aside(parts.get(next++)));
            }
            sink.accept(rows);
        }
    }

    /** By lot id, then newest first: the order of a level's rows in the pages. */
    private static final Comparator<TraceRepository.MoveLine> PAGE_ORDER = Comparator
            .comparingLong(TraceRepository.MoveLine::lotId)
            .thenComparing(Comparator.comparingLong(TraceRepository.MoveLine::id).reversed());

    /** The rows with their lots' and locations' names, each at its level. */
    private List<TracePage.Row> named(List<TraceRepository.MoveLine> page, List<Integer> depths) {
        Map<Long, Trace.TracedLot> names = repository.lots(page.stream().map(TraceRepository.MoveLine::lotId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Trace.TracedLot::id, Function.identity()));
        List<TraceRepository.OperationRow> operations = repository.named(page);
        List<TracePage.Row> rows = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            TraceRepository.OperationRow o = operations.get(i);
            Trace.TracedLot l = names.get(page.get(i).lotId());
            rows.add(new TracePage.Row(depths.get(i), new Trace.TracedLot(l.id(), l.name(), l.productId(),
                    l.productName(), depths.get(i)), o.operation(), o.sourceUsage(), o.destinationUsage()));
        }
        return rows;
    }

    private TracePage read(TraceLevelRepository.Walk walk, TraceCursor cursor, Integer only, int limit) {
        List<Integer> depths = new ArrayList<>();
        List<TraceRepository.MoveLine> read = new ArrayList<>();
        int last = only == null ? LotGraph.MAX_DEPTH : only;
        for (int depth = Math.max(cursor.depth(), only == null ? 0 : only); depth <= last && read.size() <= limit; depth++) {
            if (walk.level(depth).isEmpty()) {
                break;
            }
            int d = depth;
            List<TraceRepository.MoveLine> level = walk.downstream() || depth == 0
                    ? downstreamLevel(walk.level(depth), depth, cursor, limit + 1 - read.size())
                    : upstreamLevel(walk, depth, cursor).stream()
                            .filter(m -> cursor.isBefore(d, m.lotId(), m.id()))
                            .limit(limit + 1 - read.size()).toList();
            read.addAll(level);
            level.forEach(m -> depths.add(d));
        }
        boolean more = read.size() > limit;
        List<TraceRepository.MoveLine> page = more ? read.subList(0, limit) : read;
        TraceRepository.MoveLine end = more ? page.get(page.size() - 1) : null;
        return new TracePage(named(page, depths.subList(0, page.size())),
                end == null ? null : cursor.after(depths.get(limit - 1), end.lotId(), end.id()).encode());
    }

    /**
     * Up to {@code need} move lines of a level's lots after the cursor, in the pages' order: the rest of the cursor's
     * lot by itself, then the lots after it, as many at once as rows are still needed (each lot has one at least).
     */
    private List<TraceRepository.MoveLine> downstreamLevel(List<Long> level, int depth, TraceCursor cursor, int need) {
        int from = 0;
        List<TraceRepository.MoveLine> got = new ArrayList<>();
        if (depth == cursor.depth()) {
            from = firstAtOrAfter(level, cursor.lotId());
            if (from < level.size() && level.get(from) == cursor.lotId()) {
                got.addAll(levels.rows(cursor.lotId(), cursor.moveLineId(), cursor.moveBound(), need));
                from++;
            }
        }
        while (from < level.size() && got.size() < need) {
            int n = need - got.size();
            List<Long> part = level.subList(from, Math.min(level.size(), from + n));
            got.addAll(part.size() == 1 ? levels.rows(part.get(0), Long.MAX_VALUE, cursor.moveBound(), n)
                    : levels.rows(part, cursor.moveBound(), n));
            from += part.size();
        }
        return got;
    }

    /**
     * The operations of an upstream level as the whole trace shows them (for the lots it was made from, what brought
     * them into the orders of the trace), in the pages' order. Upstream traces are a bill of materials deep and wide,
     * so a level is read whole.
     */
    private List<TraceRepository.MoveLine> upstreamLevel(TraceLevelRepository.Walk walk, int depth, TraceCursor cursor) {
        walk.levels();
        return (depth == 0 ? repository.operations(walk.level(0))
                : repository.operationsOnThePath(walk.level(depth), walk.orders())).stream()
                .filter(m -> m.id() <= cursor.moveBound())
                .sorted(PAGE_ORDER)
                .toList();
    }

    private static int firstAtOrAfter(List<Long> sorted, long lotId) {
        int i = java.util.Collections.binarySearch(sorted, lotId);
        return i >= 0 ? i : -i - 1;
    }

    private static boolean oneWay(Trace.Direction direction) {
        if (direction == Trace.Direction.BOTH) {
            throw StocktraceException.invalid("direction", "must be upstream or downstream");
        }
        return direction == Trace.Direction.DOWNSTREAM;
    }
}
