package io.stocktrace.trace;

import io.stocktrace.db.Batches;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the summary, the pages and the stream of a trace read: its levels of lots as they were at a pair of bounds
 * (the highest lot link and move line ids), and per level counts, partner totals, stock and operations in the pages'
 * order. Every statement is one indexed join from UNNEST(:lots), so it costs what the trace holds.
 */
@Repository
class TraceLevelRepository {
    /** Per level its count of move lines, and per customer what went to them and came back. */
    record Totals(Map<Integer, Long> counts, List<Trace.PartnerQuantity> customers) {
    }

    /**
     * {@code stocktrace.trace.part-lots} (2,500): lots whose totals one statement reads, small enough that PostgreSQL
     * looks each lot up in ix_move_lines_lot (index only, V40) instead of sorting the whole table for a merge join
     * (11,000 lots at once: 0.9 s), the parts spread over {@link TraceReadPool}'s two threads; the walk follows twice
     * as many at once. A test lowers it to take those paths with little data.
     */
    private final int partLots;
    private static final long NO_PARTNER = Long.MIN_VALUE;
    private final JdbcClient jdbc;
    private final TraceReadPool pool;

    TraceLevelRepository(JdbcClient jdbc, TraceReadPool pool,
                         @Value("${stocktrace.trace.part-lots:2500}") int partLots) {
        this.jdbc = jdbc;
        this.pool = pool;
        this.partLots = Math.max(1, partLots);
    }

    /** Lots of a level whose operations one part of a stream reads. */
    int partLots() {
        return partLots;
    }

    /** A read on one of {@link TraceReadPool}'s threads, on a connection of its own, while this one goes on. */
    <T> CompletableFuture<T> aside(Supplier<T> read) {
        return pool.submit(read);
    }

    /** The highest move line and lot link ids now: what a first page fixes for the pages after it. */
    TraceCursor start() {
        return jdbc.sql("SELECT (SELECT COALESCE(MAX(id), 0) FROM move_lines), (SELECT COALESCE(MAX(id), 0) FROM lot_links)")
                .query((rs, n) -> TraceCursor.start(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /**
     * The levels of a trace, walked breadth first from the lot through the links up to the cursor's link bound as far
     * as they are asked for: each lot at its smallest level, at most {@link LotGraph#MAX_DEPTH} levels.
     */
    final class Walk {
        private final boolean downstream;
        private final long linkBound;
        private final List<List<Long>> levels = new ArrayList<>();
        /** Each level's lots sorted, unboxed: a lot already reached is found by halves, not in a set of 22,000 boxes. */
        private final List<long[]> sorted = new ArrayList<>();
        private final Set<Long> orders = new HashSet<>();

        Walk(long lotId, boolean downstream, long linkBound) {
            this.downstream = downstream;
            this.linkBound = linkBound;
            levels.add(List.of(lotId));
            sorted.add(new long[] {lotId});
        }

        /** The lots of this level sorted by id; empty past the last. */
        List<Long> level(int depth) {
            while (levels.size() <= depth && levels.size() <= LotGraph.MAX_DEPTH
                    && !levels.get(levels.size() - 1).isEmpty()) {
                levels.add(next(levels.get(levels.size() - 1)));
            }
            return depth < levels.size() ? levels.get(depth) : List.of();
        }

        /** Every level, the walk taken to its end. */
        List<List<Long>> levels() {
            level(LotGraph.MAX_DEPTH);
            return levels.stream().filter(l -> !l.isEmpty()).toList();
        }

        boolean downstream() {
            return downstream;
        }

        /** The manufacturing orders of the links followed so far (upstream only: only its levels are read by them). */
        Set<Long> orders() {
            return orders;
        }

        private List<Long> next(List<Long> level) {
            String sql = """
                    SELECT k.%s, k.manufacturing_order_id FROM UNNEST(:lots) AS n(lot_id)
                         JOIN lot_links k ON k.%s = n.lot_id
                    WHERE k.id <= :bound
                    """.formatted(downstream ? "produced_lot_id" : "consumed_lot_id",
                    downstream ? "consumed_lot_id" : "produced_lot_id");
            List<CompletableFuture<long[]>> reads = new ArrayList<>();
            for (List<Long> slice : Batches.slices(level, 2 * partLots)) {
                Supplier<long[]> read = () -> {
                    List<long[]> rows = jdbc.sql(sql).param("lots", Batches.bigints(slice)).param("bound", linkBound)
                            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
                    long[] flat = new long[rows.size() * 2];
                    for (int i = 0; i < rows.size(); i++) {
                        flat[2 * i] = rows.get(i)[0];
                        flat[2 * i + 1] = rows.get(i)[1];
                    }
                    return flat;
                };
                // a big level's slices side by side on the pool; never from one of its threads (they would wait on themselves)
                reads.add(level.size() > 2 * partLots && !TraceReadPool.isReadThread()
                        ? aside(read) : CompletableFuture.completedFuture(read.get()));
            }
            List<long[]> read = new ArrayList<>(reads.size());
            int size = 0;
            for (CompletableFuture<long[]> r : reads) {
                read.add(TraceReadPool.join(r));
                size += read.get(read.size() - 1).length / 2;
            }
            long[] next = new long[size];
            int n = 0;
            for (long[] rows : read) {
                for (int i = 0; i < rows.length; i += 2) {
                    next[n++] = rows[i];
                    if (!downstream) {
                        orders.add(rows[i + 1]);
                    }
                }
            }
            Arrays.sort(next);
            int kept = 0;
            for (int i = 0; i < next.length; i++) {
                if ((i == 0 || next[i] != next[i - 1]) && !reached(next[i])) {
                    next[kept++] = next[i];
                }
            }
            long[] found = Arrays.copyOf(next, kept);
            sorted.add(found);
            return Arrays.stream(found).boxed().toList();
        }

        private boolean reached(long lot) {
            for (long[] level : sorted) {
                if (Arrays.binarySearch(level, lot) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    Walk walk(long lotId, boolean downstream, TraceCursor cursor) {
        return new Walk(lotId, downstream, cursor.linkBound());
    }

    /**
     * A lower bound of the operations of a lot's whole trace, from index entries: its own move lines, and downstream
     * one more for each lot made from it (its production).
     */
    long leastOperations(long lotId, boolean downstream) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM move_lines m WHERE m.lot_id = :lot)
                             + (SELECT COUNT(DISTINCT k.produced_lot_id) FROM lot_links k
                                WHERE k.consumed_lot_id = :lot AND :downstream)
                        """)
                .param("lot", lotId)
                .param("downstream", downstream)
                .query(Long.class)
                .single();
    }

    /**
     * At most {@code limit} move lines (up to {@code moveBound}) of one lot older than {@code beforeId}, newest first:
     * a backward range scan of ix_move_lines_lot that reads no more than it gives (a hot lot has 10,000).
     */
    List<TraceRepository.MoveLine> rows(long lotId, long beforeId, long moveBound, int limit) {
        return jdbc.sql(TraceRepository.OPERATION_COLUMNS + """
                        FROM move_lines m
                        WHERE m.lot_id = :lot AND m.id <= :bound AND m.id < :before
                        ORDER BY m.id DESC
                        LIMIT :limit
                        """)
                .param("lot", lotId)
                .param("bound", moveBound)
                .param("before", beforeId)
                .param("limit", limit)
                .query(TraceRepository.moveLines())
                .list();
    }

    /** At most {@code limit} move lines (up to {@code moveBound}) of these lots, by lot id, then newest first. */
    List<TraceRepository.MoveLine> rows(List<Long> lots, long moveBound, int limit) {
        return jdbc.sql(TraceRepository.OPERATION_COLUMNS + """
                        FROM UNNEST(:lots) AS n(lot_id) JOIN move_lines m ON m.lot_id = n.lot_id
                        WHERE m.id <= :bound
                        ORDER BY m.lot_id, m.id DESC
                        LIMIT :limit
                        """)
                .param("lots", Batches.bigints(lots))
                .param("bound", moveBound)
                .param("limit", limit)
                .query(TraceRepository.moveLines())
                .list();
    }

    /**
     * Per level its move lines (up to the bound), and per partner what they took to customers and brought back, in one
     * pass (a big trace's in parts side by side, {@code meanwhile} running here), locations compared by id.
     */
    Totals totals(List<List<Long>> levels, long moveBound, Runnable meanwhile) {
        List<Long> lots = new ArrayList<>();
        List<Long> depths = new ArrayList<>();
        for (int depth = 0; depth < levels.size(); depth++) {
            for (long id : levels.get(depth)) {
                lots.add(id);
                depths.add((long) depth);
            }
        }
        List<Long> customers = jdbc.sql("SELECT id FROM locations WHERE usage = 'customer'").query(Long.class).list();
        List<CompletableFuture<List<Object[]>>> reads = new ArrayList<>();
        for (int from = 0; from < lots.size(); from += partLots) {
            int to = Math.min(lots.size(), from + partLots);
            List<Long> someLots = lots.subList(from, to);
            List<Long> theirDepths = depths.subList(from, to);
            reads.add(aside(() -> totalsOf(someLots, theirDepths, customers, moveBound)));
        }
        meanwhile.run();
        Map<Integer, Long> counts = new HashMap<>();
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        for (CompletableFuture<List<Object[]>> read : reads) {
            for (Object[] row : TraceReadPool.join(read)) {
                counts.merge((Integer) row[0], (Long) row[2], Long::sum);
                BigDecimal[] sum = sums.computeIfAbsent((Long) row[1], k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add((BigDecimal) row[3]);
                sum[1] = sum[1].add((BigDecimal) row[4]);
            }
        }
        sums.values().removeIf(sum -> sum[0].signum() == 0 && sum[1].signum() == 0);
        Map<Long, String> names = partnerNames(sums.keySet());
        List<Trace.PartnerQuantity> byPartner = new ArrayList<>();
        sums.forEach((id, sum) -> byPartner.add(new Trace.PartnerQuantity(id == NO_PARTNER ? null : id, names.get(id),
                sum[0], sum[1])));
        return new Totals(counts, TraceSummary.byName(byPartner));
    }

    private List<Object[]> totalsOf(List<Long> lots, List<Long> depths, List<Long> customers, long moveBound) {
        return jdbc.sql("""
                        SELECT n.depth, m.partner_id, COUNT(*),
                               SUM(CASE WHEN m.destination_location_id = ANY(:customers) THEN m.quantity ELSE 0 END),
                               SUM(CASE WHEN m.source_location_id = ANY(:customers) THEN m.quantity ELSE 0 END)
                        FROM UNNEST(:lots, :depths) AS n(lot_id, depth)
                             JOIN move_lines m ON m.lot_id = n.lot_id AND m.id <= :bound
                        GROUP BY n.depth, m.partner_id
                        """)
                .param("lots", Batches.bigints(lots))
                .param("depths", Batches.bigints(depths))
                .param("customers", Batches.bigints(customers))
                .param("bound", moveBound)
                .query((rs, n) -> {
                    long partner = rs.getLong(2);
                    return new Object[] {rs.getInt(1), rs.wasNull() ? NO_PARTNER : partner, rs.getLong(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5)};
                })
                .list();
    }

    private Map<Long, String> partnerNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT p.id, p.name FROM UNNEST(:ids) AS n(id) JOIN partners p ON p.id = n.id")
                .param("ids", Batches.bigints(ids))
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }
}
