package io.stocktrace.stock;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import io.stocktrace.ledger.LedgerBlocks;
import io.stocktrace.location.LocationService;
import io.stocktrace.ops.OperationalMetrics;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Posts the moves of Put in Packs and Unpacks that only change the package of whole, unreserved serials in their place.
 * The moves of many such operations (a bulk Put in Pack) are gathered in a {@link Batch} and posted together: every
 * serial's quant (a serial has one) re-labelled where it is by one MERGE, every move line appended by one INSERT
 * (each line with its own operation's reference, type and time), whatever the number of operations. A serial not
 * there, or reserved, is refused as {@link StockLedger#post} refuses it. Moves of any other kind go through
 * {@link StockLedger#post} at once, after what the batch holds.
 */
@Component
public class StockRepack {
    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSSxxx", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Operations gathered to post together; {@code at} names each one's place in the request in its problems. */
    public static final class Batch {
        private record Pending(Operation operation, List<Move> moves, String at) {
        }

        private final List<Pending> pending = new ArrayList<>();
        private final Set<Long> lots = new HashSet<>();

        /** Whether any of these lots has a move waiting in the batch (read its quants only after a flush). */
        public boolean holdsAny(Iterable<Long> lotIds) {
            for (Long lot : lotIds) {
                if (lot != null && lots.contains(lot)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A problem of a gathered operation, its fields already named from the request's root ({@code at}). */
    public static final class Placed extends StocktraceException {
        Placed(ProblemType type, String detail, List<FieldProblem> errors, java.util.Map<String, Object> properties) {
            super(type, detail, errors, properties);
        }
    }

    private final JdbcClient jdbc;
    private final StockLedger ledger;
    private final LocationService locations;
    private final Clock clock;
    private final LedgerBlocks blocks;
    private final OperationalMetrics metrics;

    StockRepack(JdbcClient jdbc, StockLedger ledger, LocationService locations, Clock clock, LedgerBlocks blocks,
                OperationalMetrics metrics) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.locations = locations;
        this.clock = clock;
        this.blocks = blocks;
        this.metrics = metrics;
    }

    /** Posts the moves at once, alone: a single Put in Pack or Unpack. */
    public void post(Operation operation, List<Move> moves) {
        Batch batch = new Batch();
        post(batch, operation, moves, "");
        flush(batch);
    }

    /**
     * Gathers the moves in the batch, or (not a repack of serials, or a serial already in it) posts what the batch
     * holds and then them, so that the move lines keep the order of the operations.
     */
    public void post(Batch batch, Operation operation, List<Move> moves, String at) {
        if (moves.isEmpty()) {
            return; // a Put in Pack of packages only: nothing for the ledger
        }
        if (!repack(operation, moves) || batch.holdsAny(moves.stream().map(Move::lotId).toList())) {
            flush(batch);
            ledger.post(operation, moves);
            return;
        }
        batch.pending.add(new Batch.Pending(operation, moves, at));
        moves.forEach(m -> batch.lots.add(m.lotId()));
    }

    private static boolean repack(Operation operation, List<Move> moves) {
        return operation.transferId() == null && operation.manufacturingOrderId() == null
                && operation.partnerId() == null && moves.stream().allMatch(m -> m.serial() && m.lotId() != null
                && m.sourceLocationId() == m.destinationLocationId() && m.packageKey() != m.resultPackageKey()
                && m.quantity().compareTo(BigDecimal.ONE) == 0 && m.reserved().signum() == 0)
                && moves.stream().map(Move::lotKey).distinct().count() == moves.size();
    }

    /** Posts what the batch holds: one statement for the quants, one for the move lines (per 10,000). */
    public void flush(Batch batch) {
        if (batch.pending.isEmpty()) {
            return;
        }
        List<Batch.Pending> pending = List.copyOf(batch.pending);
        batch.pending.clear();
        batch.lots.clear();
        List<Move> all = new ArrayList<>();
        pending.forEach(p -> all.addAll(p.moves()));
        int moved = 0;
        // the quantity and reservation are tested as the quant is matched, not in the join: a table whose statistics
        // predate a large receipt (no serial of quantity 1 yet) would otherwise be planned as a nested loop of scans
        for (List<Move> slice : Batches.slices(all.stream().sorted(Comparator.comparingLong(Move::productId)
                .thenComparingLong(Move::sourceLocationId).thenComparingLong(Move::lotKey)).toList())) {
            moved += jdbc.sql(Batches.planned("""
                            MERGE INTO quants q
                            USING (SELECT * FROM UNNEST(:products, :locations, :lots, :fromKeys, :packages, :keys)
                                   AS n(product_id, location_id, lot_key, from_key, package_id, package_key)) n
                            ON q.product_id = n.product_id AND q.location_id = n.location_id
                               AND q.lot_key = n.lot_key AND q.package_key = n.from_key
                            WHEN MATCHED AND q.quantity = 1 AND q.reserved_quantity = 0
                                THEN UPDATE SET package_id = n.package_id, package_key = n.package_key
                            """))
                    .param("products", Batches.column("bigint", slice, Move::productId))
                    .param("locations", Batches.column("bigint", slice, Move::sourceLocationId))
                    .param("lots", Batches.column("bigint", slice, Move::lotKey))
                    .param("fromKeys", Batches.column("bigint", slice, Move::packageKey))
                    .param("packages", Batches.column("bigint", slice, Move::resultPackageId))
                    .param("keys", Batches.column("bigint", slice, Move::resultPackageKey))
                    .update();
        }
        if (moved != all.size()) {
            refuseMissing(pending);
        }
        append(pending);
        pending.forEach(p -> metrics.operationPosted(p.operation().type(), p.moves().size()));
    }

    /** Names the first serial (in the request's order) that did not move: it was not there, or it was reserved. */
    private void refuseMissing(List<Batch.Pending> pending) {
        for (Batch.Pending p : pending) {
            List<Move> moves = p.moves();
            Set<Long> there = new HashSet<>(jdbc.sql(Batches.planned("""
                            SELECT q.lot_key FROM UNNEST(:lots, :keys) AS n(lot_key, package_key)
                                 JOIN quants q ON q.lot_key = n.lot_key AND q.package_key = n.package_key
                            """))
                    .param("lots", Batches.column("bigint", moves, Move::lotKey))
                    .param("keys", Batches.column("bigint", moves, Move::resultPackageKey))
                    .query(Long.class).list());
            for (Move m : moves) {
                if (!there.contains(m.lotKey())) {
                    StocktraceException e = new StocktraceException(ProblemType.INSUFFICIENT_STOCK, "Not enough "
                            + m.label() + " in " + locations.byIds(Set.of(m.sourceLocationId()))
                            .get(m.sourceLocationId()).fullName() + " to move 1: it is not there, or it is reserved "
                            + "for another operation.").with("productId", m.productId())
                            .with("locationId", m.sourceLocationId());
                    throw p.at().isEmpty() ? e : new Placed(e.type(), p.at() + ": " + e.getMessage(),
                            e.errors().stream().map(f -> new FieldProblem(p.at() + "." + f.field(), f.message()))
                                    .toList(), e.properties());
                }
            }
        }
        throw new IllegalStateException("fewer serial quants re-packaged than moves, yet every one is in place");
    }

    /** The move lines of every operation, in the operations' order, each with its operation's own columns. */
    private void append(List<Batch.Pending> pending) {
        record Line(Operation op, Move move) {
        }
        List<Line> lines = new ArrayList<>();
        pending.forEach(p -> p.moves().forEach(m -> lines.add(new Line(p.operation(), m))));
        var recordedAt = Rows.utc(clock.instant());
        long block = blocks.current();
        for (List<Line> slice : Batches.slices(lines)) {
            jdbc.sql("""
                            INSERT INTO move_lines (product_id, lot_id, quantity, source_location_id,
                                                    destination_location_id, reference, operation_type, occurred_at,
                                                    recorded_at, actor, ledger_block_id, package_id, result_package_id)
                            SELECT n.product_id, n.lot_id, n.quantity, n.source, n.destination, n.reference, n.type,
                                   CAST(n.occurred_at AS TIMESTAMP WITH TIME ZONE),
                                   CAST(:recordedAt AS TIMESTAMP WITH TIME ZONE), n.actor, CAST(:block AS BIGINT),
                                   n.package_id, n.result_package_id
                            FROM UNNEST(:products, :lots, :quantities, :sources, :destinations, :packages,
                                        :resultPackages, :references, :types, :occurred, :actors) WITH ORDINALITY
                                 AS n(product_id, lot_id, quantity, source, destination, package_id, result_package_id,
                                      reference, type, occurred_at, actor, line)
                            ORDER BY n.line
                            """)
                    .param("recordedAt", recordedAt)
                    .param("block", block)
                    .param("products", Batches.column("bigint", slice, l -> l.move().productId()))
                    .param("lots", Batches.column("bigint", slice, l -> l.move().lotId()))
                    .param("quantities", Batches.column("numeric", slice, l -> l.move().quantity()))
                    .param("sources", Batches.column("bigint", slice, l -> l.move().sourceLocationId()))
                    .param("destinations", Batches.column("bigint", slice, l -> l.move().destinationLocationId()))
                    .param("packages", Batches.column("bigint", slice, l -> l.move().packageId()))
                    .param("resultPackages", Batches.column("bigint", slice, l -> l.move().resultPackageId()))
                    .param("references", Batches.column("varchar", slice, l -> l.op().reference()))
                    .param("types", Batches.column("varchar", slice, l -> l.op().type()))
                    .param("occurred", Batches.column("varchar", slice, l -> time(l.op().occurredAt())))
                    .param("actors", Batches.column("varchar", slice, l -> l.op().actor()))
                    .update();
        }
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
