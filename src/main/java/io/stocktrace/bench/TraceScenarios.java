package io.stocktrace.bench;

import io.stocktrace.SystemActor;
import io.stocktrace.trace.RecallService;
import io.stocktrace.trace.Trace;
import io.stocktrace.trace.TraceService;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scenarios (a) and (b) of the trace benchmark, each run three ways in the same process on the same data: ours (the
 * {@link TraceService} and {@link RecallService} methods the HTTP endpoints call, in-process, without HTTP or JSON),
 * hand-written ({@link RecursiveSqlTrace}) and naive ({@link OdooStyleTrace}, cut at a deadline).
 */
final class TraceScenarios {
    private final TraceService traces;
    private final RecallService recalls;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final PrintStream report;

    TraceScenarios(TraceService traces, RecallService recalls, DataSource dataSource,
                   PlatformTransactionManager transactionManager, PrintStream report) {
        this.traces = traces;
        this.recalls = recalls;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.report = report;
    }

    /** (a): upstream and downstream trace of random lots, each way, p50 and p99. */
    void randomLots(TraceDataGenerator.Generated data, int count, long seed, long naiveCapMillis) throws Exception {
        Random random = new Random(seed);
        List<Long> lots = new ArrayList<>();
        List<Long> warmUp = new ArrayList<>();
        long range = data.lastLotId() - data.firstLotId() + 1;
        for (int i = 0; i < count; i++) {
            lots.add(data.firstLotId() + (long) (random.nextDouble() * range));
            warmUp.add(data.firstLotId() + (long) (random.nextDouble() * range));
        }
        try (Connection c = dataSource.getConnection()) {
            var handWritten = new RecursiveSqlTrace(c);
            var naive = new OdooStyleTrace(c);
            for (long lot : warmUp.subList(0, Math.min(200, warmUp.size()))) {
                traces.trace(lot, Trace.Direction.UPSTREAM);
                traces.trace(lot, Trace.Direction.DOWNSTREAM);
                handWritten.upstream(lot);
                handWritten.downstream(lot);
            }
            for (Trace.Direction direction : List.of(Trace.Direction.UPSTREAM, Trace.Direction.DOWNSTREAM)) {
                boolean down = direction == Trace.Direction.DOWNSTREAM;
                Timings ours = new Timings();
                Timings hand = new Timings();
                Timings odoo = new Timings();
                long reached = 0;
                for (long lot : lots) {
                    reached += ours.time(() -> traces.trace(lot, direction)).lots().size();
                }
                for (long lot : lots) {
                    hand.time(() -> down ? handWritten.downstream(lot) : handWritten.upstream(lot));
                }
                long deadline = System.nanoTime() + naiveCapMillis * 1_000_000;
                for (long lot : lots) {
                    var walk = odoo.time(() -> down ? naive.downstream(lot, deadline) : naive.upstream(lot, deadline));
                    if (!walk.complete()) {
                        break;
                    }
                }
                report.printf(Locale.ROOT, "(a) %s trace of %,d random lots (%.1f lots reached on average)%n",
                        direction.name().toLowerCase(Locale.ROOT), lots.size(), reached / (double) lots.size());
                row("p50", ours.percentile(50), hand.percentile(50), odoo.percentile(50), "");
                row("p99", ours.percentile(99), hand.percentile(99), odoo.percentile(99),
                        odoo.count() < lots.size() ? " (naive cut after " + naiveCapMillis / 1000 + " s: "
                                + odoo.count() + " lots done)" : "");
            }
        }
    }

    /** (b): the hot lot's full downstream trace, and its recall, rolled back so that it can run again. */
    void hotLot(long hotLot, int rounds, long naiveCapMillis, boolean withRecall) throws Exception {
        Timings ours = new Timings();
        Timings hand = new Timings();
        Trace trace = null;
        RecursiveSqlTrace.Answer answer = null;
        OdooStyleTrace.Walk walk;
        try (Connection c = dataSource.getConnection()) {
            var handWritten = new RecursiveSqlTrace(c);
            traces.trace(hotLot, Trace.Direction.DOWNSTREAM);
            handWritten.downstream(hotLot);
            for (int i = 0; i < rounds; i++) {
                trace = ours.time(() -> traces.trace(hotLot, Trace.Direction.DOWNSTREAM));
                answer = hand.time(() -> handWritten.downstream(hotLot));
            }
            Timings odoo = new Timings();
            walk = odoo.time(() -> new OdooStyleTrace(c).downstream(hotLot, System.nanoTime() + naiveCapMillis * 1_000_000));
            report.printf(Locale.ROOT, "(b) hot lot %d: downstream trace (ours: %,d lots, %,d links, %,d operations; "
                            + "hand-written: %,d lots, %,d operations; naive: %,d lots in %,d queries%s)%n", hotLot,
                    trace.lots().size(), trace.links().size(), trace.operations().size(), answer.lots().size(),
                    answer.operations(), walk.lots().size(), walk.queries(), walk.complete() ? "" : ", cut: a lower bound");
            row("median of " + rounds, ours.median(), hand.median(), odoo.median(), walk.complete() ? ""
                    : " (naive > " + naiveCapMillis / 1000 + " s, stopped)");
            row("fastest", ours.min(), hand.min(), odoo.median(), " (the round least touched by other work)");
            if (withRecall) {
                recall(hotLot, rounds, odoo.median(), walk.complete());
            }
        }
    }

    private void recall(long hotLot, int rounds, double naiveWalk, boolean naiveComplete) throws Exception {
        Timings ours = new Timings();
        Timings hand = new Timings();
        int[] affected = new int[2];
        for (int i = 0; i <= rounds; i++) {
            boolean measured = i > 0;
            transactions.executeWithoutResult(status -> {
                long start = System.nanoTime();
                var r = SystemActor.call(() -> recalls.recall(hotLot, "Benchmark recall, rolled back", "bench"));
                if (measured) {
                    ours.since(start);
                }
                affected[0] = r.affectedLots().size();
                status.setRollbackOnly();
            });
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                long start = System.nanoTime();
                affected[1] = HandWrittenRecall.run(c, hotLot);
                if (measured) {
                    hand.since(start);
                }
                c.rollback();
            }
        }
        report.printf(Locale.ROOT, "(b) hot lot %d: recall, rolled back (ours: %,d lots recalled with their customers "
                + "and blocked stock; hand-written: %,d lots)%n", hotLot, affected[0], affected[1]);
        row("median of " + rounds, ours.median(), hand.median(), naiveWalk,
                " (naive: its downstream walk alone" + (naiveComplete ? ")" : ", stopped: a lower bound)"));
        row("fastest", ours.min(), hand.min(), naiveWalk, "");
    }

    private void row(String label, double ours, double hand, double naive, String note) {
        report.printf(Locale.ROOT, "    %-14s ours %10s | hand-written %10s | naive %10s | ours/hand-written %6s | "
                        + "ours/naive %7s%s%n", label, Timings.ms(ours), Timings.ms(hand), Timings.ms(naive),
                Timings.ratio(ours, hand), Timings.ratio(ours, naive), note);
    }

    /** A recall as a DBA would write it: one recursive UPDATE of the lots, one recursive SELECT of the shipments. */
    static final class HandWrittenRecall {
        private static final String DOWN = """
                WITH RECURSIVE reached (lot_id) AS (
                    SELECT CAST(? AS bigint)
                    UNION
                    SELECT k.produced_lot_id FROM lot_links k JOIN reached r ON k.consumed_lot_id = r.lot_id
                )
                """;

        private HandWrittenRecall() {
        }

        static int run(Connection c, long lotId) throws SQLException {
            int updated;
            try (var st = c.prepareStatement("UPDATE lots SET status = 'recalled' WHERE id IN (" + DOWN
                    + "SELECT lot_id FROM reached)")) {
                st.setLong(1, lotId);
                updated = st.executeUpdate();
            }
            try (var st = c.prepareStatement(DOWN + """
                    SELECT pa.name, pa.email, m.reference, m.occurred_at, p.name, l.name, m.quantity
                    FROM reached r JOIN move_lines m ON m.lot_id = r.lot_id
                         JOIN locations dst ON dst.id = m.destination_location_id
                         JOIN lots l ON l.id = m.lot_id JOIN products p ON p.id = m.product_id
                         LEFT JOIN partners pa ON pa.id = m.partner_id
                    WHERE dst.usage = 'customer'
                    """)) {
                st.setLong(1, lotId);
                List<Object[]> shipments = new ArrayList<>();
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        shipments.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, java.time.OffsetDateTime.class), rs.getString(5), rs.getString(6),
                                rs.getBigDecimal(7)});
                    }
                }
            }
            return updated;
        }
    }
}
