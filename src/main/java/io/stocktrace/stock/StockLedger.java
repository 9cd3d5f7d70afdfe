package io.stocktrace.stock;

import io.stocktrace.catalog.Quantities;
import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import io.stocktrace.ledger.LedgerBlocks;
import io.stocktrace.location.Location;
import io.stocktrace.location.LocationService;
import io.stocktrace.ops.OperationalMetrics;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the ledger and the quants together: appends the move lines and applies them to the quants of our stock
 * (internal and transit locations), one batched statement per kind of change. Stock is guarded in the write
 * itself, so two concurrent operations can never take the same unit twice.
 */
@Component
public class StockLedger {
    private record QuantKey(long productId, long locationId, long lotKey, long packageKey) {
        /** One order for every operation, so that concurrent operations lock shared quants in the same order. */
        static final Comparator<QuantKey> LOCK_ORDER = Comparator.comparingLong(QuantKey::productId)
                .thenComparingLong(QuantKey::locationId).thenComparingLong(QuantKey::lotKey)
                .thenComparingLong(QuantKey::packageKey);
    }

    /** The sum of the moves of one operation on one quant. */
    private static final class Delta {
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal reserved = BigDecimal.ZERO;
        Instant inDate;
        boolean fresh = true;
        boolean serial;
        Long lotId;
        String label;
        Long packageId;
    }

    private final JdbcClient jdbc;
    private final Batches batches;
    private final LocationService locations;
    private final Clock clock;
    private final LedgerBlocks ledger;
    private final OperationalMetrics metrics;

    StockLedger(JdbcClient jdbc, Batches batches, LocationService locations, Clock clock, LedgerBlocks ledger,
                OperationalMetrics metrics) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.locations = locations;
        this.clock = clock;
        this.ledger = ledger;
        this.metrics = metrics;
    }

    public void post(Operation operation, List<Move> moves) {
        post(operation, moves, () -> { });
    }

    /**
     * Posts the moves; {@code betweenTakeAndPut} runs once the stock has left its quants and before it reaches its
     * new ones: where a package moved whole changes its location, since its content must always be where it is.
     */
    public void post(Operation operation, List<Move> moves, Runnable betweenTakeAndPut) {
        if (moves.isEmpty()) {
            betweenTakeAndPut.run();
            return;
        }
        Set<Long> ids = new HashSet<>();
        moves.forEach(m -> {
            ids.add(m.sourceLocationId());
            ids.add(m.destinationLocationId());
        });
        Map<Long, Location> byId = locations.byIds(ids);
        Map<QuantKey, Delta> out = new TreeMap<>(QuantKey.LOCK_ORDER);
        Map<QuantKey, Delta> in = new TreeMap<>(QuantKey.LOCK_ORDER);
        for (Move m : moves) {
            if (byId.get(m.sourceLocationId()).usage().countsAsStock()) {
                add(out, new QuantKey(m.productId(), m.sourceLocationId(), m.lotKey(), m.packageKey()), m, operation);
            }
            if (byId.get(m.destinationLocationId()).usage().countsAsStock()) {
                add(in, new QuantKey(m.productId(), m.destinationLocationId(), m.lotKey(), m.resultPackageKey()), m,
                        operation);
            }
        }
        take(out, byId);
        betweenTakeAndPut.run();
        put(in);
        append(operation, moves);
        metrics.operationPosted(operation.type(), moves.stream().filter(Move::serial).count());
    }

    private static void add(Map<QuantKey, Delta> deltas, QuantKey key, Move m, Operation operation) {
        Delta d = deltas.computeIfAbsent(key, k -> new Delta());
        d.quantity = d.quantity.add(m.quantity());
        d.reserved = d.reserved.add(m.reserved());
        Instant inDate = m.inDate() == null ? operation.occurredAt() : m.inDate();
        d.inDate = d.inDate == null || inDate.isBefore(d.inDate) ? inDate : d.inDate;
        d.fresh &= m.freshLot();
        d.serial = m.serial();
        d.lotId = m.lotId();
        d.label = m.label();
        d.packageId = key.packageKey() == 0 ? null : key.packageKey();
    }

    /**
     * Takes stock from its quants. A quant taken whole (every serial, most lots) is deleted in one statement; the
     * others are reduced, guarded so that no quant goes below zero or below what other operations reserved.
     */
    private void take(Map<QuantKey, Delta> out, Map<Long, Location> byId) {
        List<QuantKey> keys = new ArrayList<>(out.keySet());
        int[] emptied = batches.run("""
                DELETE FROM quants
                WHERE product_id = :productId AND location_id = :locationId AND lot_key = :lotKey
                  AND package_key = :packageKey
                  AND quantity = :quantity AND reserved_quantity = :reserved
                """, keys.stream().map(k -> row(k, out.get(k))).toList());
        List<QuantKey> partial = new ArrayList<>();
        for (int i = 0; i < emptied.length; i++) {
            if (emptied[i] == 0) {
                partial.add(keys.get(i));
            }
        }
        int[] reduced = batches.run("""
                UPDATE quants
                SET quantity = quantity - :quantity, reserved_quantity = reserved_quantity - :reserved
                WHERE product_id = :productId AND location_id = :locationId AND lot_key = :lotKey
                  AND package_key = :packageKey
                  AND quantity - reserved_quantity >= :quantity - :reserved AND reserved_quantity >= :reserved
                """, partial.stream().map(k -> row(k, out.get(k))).toList());
        for (int i = 0; i < reduced.length; i++) {
            if (reduced[i] == 0) {
                QuantKey k = partial.get(i);
                throw new StocktraceException(ProblemType.INSUFFICIENT_STOCK, "Not enough " + out.get(k).label
                        + " in " + byId.get(k.locationId()).fullName() + " to move " + Quantities.plain(out.get(k).quantity)
                        + ": it is not there, or it is reserved for another operation.")
                        .with("productId", k.productId()).with("locationId", k.locationId());
            }
        }
    }

    /** Adds stock to quants; lots created by this very operation have none yet, so theirs are inserted at once. */
    private void put(Map<QuantKey, Delta> in) {
        List<QuantKey> existing = in.keySet().stream().filter(k -> !in.get(k).fresh).toList();
        int[] updated = batches.run("""
                UPDATE quants
                SET quantity = quantity + :quantity, in_date = LEAST(in_date, :inDate)
                WHERE product_id = :productId AND location_id = :locationId AND lot_key = :lotKey
                  AND package_key = :packageKey
                """, existing.stream().map(k -> row(k, in.get(k))).toList());
        List<QuantKey> missing = new ArrayList<>(in.keySet().stream().filter(k -> in.get(k).fresh).toList());
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                missing.add(existing.get(i));
            }
        }
        batches.run("""
                INSERT INTO quants (product_id, location_id, lot_id, lot_key, quantity, reserved_quantity, in_date,
                                    serial_lot_id, package_id, package_key)
                VALUES (:productId, :locationId, :lotId, :lotKey, :quantity, 0, :inDate, :serialLotId, :packageId,
                        :packageKey)
                """, missing.stream().map(k -> {
            Delta d = in.get(k);
            Map<String, Object> row = row(k, d);
            row.put("lotId", d.lotId);
            row.put("serialLotId", d.serial ? d.lotId : null);
            row.put("packageId", d.packageId);
            return row;
        }).toList());
    }

    /**
     * Appends the moves to the ledger, one statement per slice of 10,000: the columns that differ from line to line go
     * as arrays, in the moves' order (their ids follow it), the operation's own columns once. 10,000 single-row
     * INSERTs, even rewritten by the driver into multi-row ones, cost a receipt of 10,000 serials 0.1 s more.
     */
    private void append(Operation op, List<Move> moves) {
        var recordedAt = Rows.utc(clock.instant());
        var occurredAt = Rows.utc(op.occurredAt());
        long block = ledger.current();
        for (List<Move> slice : Batches.slices(moves)) {
            jdbc.sql("""
                            INSERT INTO move_lines (product_id, lot_id, quantity, source_location_id,
                                                    destination_location_id, transfer_id, manufacturing_order_id,
                                                    reference, operation_type, partner_id, occurred_at, recorded_at, actor,
                                                    ledger_block_id, package_id, result_package_id)
                            SELECT n.product_id, n.lot_id, n.quantity, n.source, n.destination,
                                   CAST(:transferId AS BIGINT), CAST(:moId AS BIGINT), :reference, :type,
                                   CAST(:partnerId AS BIGINT), CAST(:occurredAt AS TIMESTAMP WITH TIME ZONE),
                                   CAST(:recordedAt AS TIMESTAMP WITH TIME ZONE), :actor, CAST(:block AS BIGINT),
                                   n.package_id, n.result_package_id
                            FROM UNNEST(:products, :lots, :quantities, :sources, :destinations, :packages,
                                        :resultPackages) WITH ORDINALITY
                                 AS n(product_id, lot_id, quantity, source, destination, package_id, result_package_id,
                                      line)
                            ORDER BY n.line
                            """)
                    .param("transferId", op.transferId())
                    .param("moId", op.manufacturingOrderId())
                    .param("reference", op.reference())
                    .param("type", op.type())
                    .param("partnerId", op.partnerId())
                    .param("occurredAt", occurredAt)
                    .param("recordedAt", recordedAt)
                    .param("actor", op.actor())
                    .param("block", block)
                    .param("products", Batches.column("bigint", slice, Move::productId))
                    .param("lots", Batches.column("bigint", slice, Move::lotId))
                    .param("quantities", Batches.column("numeric", slice, Move::quantity))
                    .param("sources", Batches.column("bigint", slice, Move::sourceLocationId))
                    .param("destinations", Batches.column("bigint", slice, Move::destinationLocationId))
                    .param("packages", Batches.column("bigint", slice, Move::packageId))
                    .param("resultPackages", Batches.column("bigint", slice, Move::resultPackageId))
                    .update();
        }
    }

    private static Map<String, Object> row(QuantKey k, Delta d) {
        Map<String, Object> row = new HashMap<>();
        row.put("productId", k.productId());
        row.put("locationId", k.locationId());
        row.put("lotKey", k.lotKey());
        row.put("packageKey", k.packageKey());
        row.put("quantity", d.quantity);
        row.put("reserved", d.reserved);
        row.put("inDate", Rows.utc(d.inDate));
        return row;
    }
}
