package io.stocktrace.trace;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what a trace shows about a set of lots, each by one indexed join from UNNEST(:lots). */
@Repository
class TraceRepository {
    private final JdbcClient jdbc;

    TraceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** id, name, product of each lot (depth left 0; the caller sets it). */
    List<Trace.TracedLot> lots(Collection<Long> lotIds) {
        return jdbc.sql("""
                        SELECT l.id, l.name, l.product_id, p.name AS product_name
                        FROM UNNEST(:lots) AS n(lot_id) JOIN lots l ON l.id = n.lot_id JOIN products p ON p.id = l.product_id
                        """)
                .param("lots", Batches.bigints(lotIds))
                .query((rs, n) -> new Trace.TracedLot(rs.getLong("id"), rs.getString("name"), rs.getLong("product_id"),
                        rs.getString("product_name"), 0))
                .list();
    }

    /**
     * The links from these lots (downstream) or into them (upstream), with the order's reference, oldest first. The
     * reference is looked up per link by key: a join let PostgreSQL hash every manufacturing order of the database.
     */
    List<Trace.Link> links(Collection<Long> lotIds, boolean downstream) {
        String side = downstream ? "consumed_lot_id" : "produced_lot_id";
        record Row(long id, Trace.Link link) {
        }
        return jdbc.sql("""
                        SELECT k.id, k.consumed_lot_id, k.produced_lot_id, k.quantity, k.occurred_at,
                               (SELECT o.reference FROM manufacturing_orders o WHERE o.id = k.manufacturing_order_id)
                                   AS reference
                        FROM UNNEST(:lots) AS n(lot_id) JOIN lot_links k ON k.%s = n.lot_id
                        """.formatted(side))
                .param("lots", Batches.bigints(lotIds))
                .query((rs, n) -> new Row(rs.getLong("id"), new Trace.Link(rs.getLong("consumed_lot_id"),
                        rs.getLong("produced_lot_id"), rs.getBigDecimal("quantity"), rs.getString("reference"),
                        Rows.instant(rs, "occurred_at"))))
                .stream()
                .sorted(Comparator.comparing((Row r) -> r.link().date()).thenComparingLong(Row::id))
                .map(Row::link)
                .toList();
    }

    /** An operation with what the partner totals need: the move's partner and the usages of both its ends. */
    record OperationRow(Trace.Operation operation, Long partnerId, String sourceUsage, String destinationUsage) {
    }

    /**
     * The move line's own columns only: the names and usages of its locations and its partner's name are looked up
     * once per distinct id ({@link #named}). Joined here, they made PostgreSQL write and the driver decode five more
     * texts on each of a hot lot's 90,000 rows, all of them copies of a handful of names.
     */
    static final String OPERATION_COLUMNS = """
            SELECT m.id, m.lot_id, m.occurred_at, m.reference, m.operation_type, m.source_location_id,
                   m.destination_location_id, m.quantity, m.partner_id,
                   COALESCE(m.result_package_id, m.package_id) AS package_id, m.transfer_id
            """;

    /** Every done move line of these lots, as read (not sorted), once for the operations and the partner totals. */
    List<MoveLine> operations(Collection<Long> lotIds) {
        List<MoveLine> rows = new ArrayList<>();
        for (List<Long> slice : Batches.slices(lotIds)) {
            rows.addAll(jdbc.sql(OPERATION_COLUMNS
                            + "FROM UNNEST(:lots) AS n(lot_id) JOIN move_lines m ON m.lot_id = n.lot_id")
                    .param("lots", Batches.bigints(slice))
                    .query(moveLines())
                    .list());
        }
        return rows;
    }

    /**
     * What brought these lots (ancestors in an upstream trace) into the orders that made the traced lots: their
     * consumptions by those orders, and before the last of them, the moves that brought them into our locations
     * (receipt, production, transfers, returns, counts). Not their consumptions by other orders, deliveries or
     * anything recorded later: a sugar lot used in 10,000 orders shows the one that made this cake. The ledger is
     * append-only, so "before" is a lower move line id. ix_move_lines_lot (lot_id, id, destination_location_id)
     * finds those moves from index entries alone, and only the few found are read from the table: filtering the
     * table's rows read 8,000 rows of a lot consumed 10,000 times (70 ms, 3 ms this way), and joining the locations
     * table instead of taking our locations as one array looked one up for each of those entries.
     */
    List<MoveLine> operationsOnThePath(Collection<Long> ancestors, Collection<Long> orders) {
        if (ancestors.isEmpty() || orders.isEmpty()) {
            return List.of();
        }
        List<MoveLine> consumed = jdbc.sql(OPERATION_COLUMNS + """
                        FROM UNNEST(:orders) AS o(order_id)
                             JOIN move_lines m ON m.manufacturing_order_id = o.order_id
                             JOIN UNNEST(:lots) AS n(lot_id) ON n.lot_id = m.lot_id
                        """)
                .param("orders", Batches.bigints(orders))
                .param("lots", Batches.bigints(ancestors))
                .query(moveLines())
                .list();
        Map<Long, Long> lastConsumption = new HashMap<>();
        consumed.forEach(r -> lastConsumption.merge(r.lotId(), r.id(), Math::max));
        List<Long> lots = List.copyOf(lastConsumption.keySet());
        List<MoveLine> rows = new ArrayList<>(consumed);
        Set<Long> taken = new HashSet<>();
        consumed.forEach(r -> taken.add(r.id()));
        if (!lots.isEmpty()) {
            // an intermediate lot's production by an order of the trace is both consumed's and entered's: once
            rows.addAll(jdbc.sql(OPERATION_COLUMNS + """
                            FROM (SELECT i.id FROM UNNEST(:lots, :bounds) AS n(lot_id, bound)
                                       JOIN move_lines i ON i.lot_id = n.lot_id AND i.id < n.bound
                                            AND i.destination_location_id = ANY (ARRAY(
                                                SELECT o.id FROM locations o WHERE o.usage IN ('internal', 'transit')))
                                 ) AS entered
                                 JOIN move_lines m ON m.id = entered.id
                            """)
                    .param("lots", Batches.bigints(lots))
                    .param("bounds", Batches.bigints(lots.stream().map(lastConsumption::get).toList()))
                    .query(moveLines())
                    .list().stream().filter(r -> !taken.contains(r.id())).toList());
        }
        return rows;
    }

    /** The manufacturing orders that made these lots. */
    Set<Long> ordersMaking(Collection<Long> lotIds) {
        if (lotIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT k.manufacturing_order_id FROM UNNEST(:lots) AS n(lot_id)
                             JOIN lot_links k ON k.produced_lot_id = n.lot_id
                        """)
                .param("lots", Batches.bigints(lotIds))
                .query(Long.class)
                .list());
    }

    /**
     * The reference of each of these manufacturing orders, looked up by key: told how many there are, PostgreSQL
     * hashed all 100,000 orders of the database (80 ms) to join 8,000 of them.
     */
    Map<Long, String> orderReferences(Collection<Long> orderIds) {
        Map<Long, String> references = new HashMap<>();
        for (List<Long> slice : Batches.slices(orderIds)) {
            jdbc.sql("""
                            SELECT n.order_id, (SELECT o.reference FROM manufacturing_orders o WHERE o.id = n.order_id)
                            FROM UNNEST(:orders) AS n(order_id)
                            """)
                    .param("orders", Batches.bigints(slice))
                    .query((rs, n) -> references.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return references;
    }

    /** A move line as read, its locations and partner still ids: {@link #named} gives it their names. */
    record MoveLine(long id, long lotId, Instant date, String reference, String type, long sourceId,
                    long destinationId, BigDecimal quantity, Long partnerId, Long packageId, Long transferId) {
    }

    /**
     * Maps move line rows, each repeated text (a type, an order's reference on its several lines) kept once: a hot
     * lot's 90,000 operations repeat a few thousand references, and as one copy each they stay out of the garbage
     * collector's way while the trace is built.
     */
    static RowMapper<MoveLine> moveLines() {
        Map<String, String> texts = new HashMap<>();
        return (rs, n) -> {
            long partner = rs.getLong(9);
            Long partnerId = rs.wasNull() ? null : partner;
            long pack = rs.getLong(10);
            Long packageId = rs.wasNull() ? null : pack;
            long transfer = rs.getLong(11);
            Long transferId = rs.wasNull() ? null : transfer;
            return new MoveLine(rs.getLong(1), rs.getLong(2), Rows.instant(rs, "occurred_at"),
                    once(texts, rs.getString(4)), once(texts, rs.getString(5)), rs.getLong(6), rs.getLong(7),
                    rs.getBigDecimal(8), partnerId, packageId, transferId);
        };
    }

    private static String once(Map<String, String> texts, String text) {
        return text == null ? null : texts.computeIfAbsent(text, t -> t);
    }

    private record Place(String fullName, String usage) {
    }

    /**
     * The move lines as operations, in their order, with the names (and usages) of their locations and partners, read
     * in one statement for a whole trace: the few distinct ids of thousands of rows.
     */
    List<OperationRow> named(List<MoveLine> rows) {
        Set<Long> locationIds = new HashSet<>();
        Set<Long> partnerIds = new HashSet<>();
        for (MoveLine r : rows) {
            locationIds.add(r.sourceId());
            locationIds.add(r.destinationId());
            if (r.partnerId() != null) {
                partnerIds.add(r.partnerId());
            }
        }
        Map<Long, Place> places = new HashMap<>();
        Map<Long, String> partners = new HashMap<>();
        List<List<Long>> locationSlices = Batches.slices(locationIds);
        List<List<Long>> partnerSlices = Batches.slices(partnerIds);
        for (int i = 0; i < Math.max(locationSlices.size(), partnerSlices.size()); i++) {
            jdbc.sql("""
                            SELECT 'location' AS kind, l.id, l.full_name AS name, l.usage
                            FROM UNNEST(:locations) AS n(id) JOIN locations l ON l.id = n.id
                            UNION ALL
                            SELECT 'partner', p.id, p.name, NULL FROM UNNEST(:partners) AS n(id) JOIN partners p ON p.id = n.id
                            """)
                    .param("locations", Batches.bigints(i < locationSlices.size() ? locationSlices.get(i) : List.of()))
                    .param("partners", Batches.bigints(i < partnerSlices.size() ? partnerSlices.get(i) : List.of()))
                    .query((rs, n) -> rs.getString(1).equals("location")
                            ? places.put(rs.getLong(2), new Place(rs.getString(3), rs.getString(4)))
                            : partners.put(rs.getLong(2), rs.getString(3)))
                    .list();
        }
        PackageTrailRepository trails = PackageTrailRepository.of(jdbc, rows.stream().filter(r -> r.packageId() != null)
                .map(r -> new PackageTrailRepository.Leg(r.packageId(), r.transferId())).toList());
        List<OperationRow> named = new ArrayList<>(rows.size());
        for (MoveLine r : rows) {
            Place source = places.get(r.sourceId());
            Place destination = places.get(r.destinationId());
            named.add(new OperationRow(new Trace.Operation(r.id(), r.lotId(), r.date(), r.reference(), r.type(),
                    source.fullName(), destination.fullName(), r.quantity(),
                    r.partnerId() == null ? null : partners.get(r.partnerId()),
                    r.packageId() == null ? null : trails.of(new PackageTrailRepository.Leg(r.packageId(), r.transferId()))),
                    r.partnerId(), source.usage(), destination.usage()));
        }
        return named;
    }

    /** Sorted here: 90,000 rows of a hot lot's trace overflow PostgreSQL's default work_mem onto disk. */
    static List<MoveLine> newestFirst(List<MoveLine> rows) {
        return rows.stream()
                .sorted(Comparator.comparing(MoveLine::date).thenComparingLong(MoveLine::id).reversed())
                .toList();
    }

    /** The lot's move lines summed by the usages at either end, and its quants in our stock. */
    Balance balance(long lotId) {
        return jdbc.sql("""
                        SELECT
                          SUM(CASE WHEN s.usage = 'supplier' AND d.usage IN ('internal', 'transit') THEN m.quantity ELSE 0 END) AS received,
                          SUM(CASE WHEN s.usage = 'production' AND d.usage IN ('internal', 'transit') THEN m.quantity ELSE 0 END) AS produced,
                          SUM(CASE WHEN s.usage = 'customer' AND d.usage IN ('internal', 'transit') THEN m.quantity ELSE 0 END) AS returned_in,
                          SUM(CASE WHEN s.usage IN ('internal', 'transit') AND d.usage = 'production' THEN m.quantity ELSE 0 END) AS consumed,
                          SUM(CASE WHEN s.usage IN ('internal', 'transit') AND d.usage = 'customer' THEN m.quantity ELSE 0 END) AS delivered,
                          SUM(CASE WHEN s.usage IN ('internal', 'transit') AND d.usage = 'supplier' THEN m.quantity ELSE 0 END) AS returned_out,
                          SUM(CASE WHEN s.usage IN ('internal', 'transit') AND d.usage = 'scrap' THEN m.quantity ELSE 0 END) AS scrapped,
                          SUM(CASE WHEN s.usage = 'inventory' AND d.usage IN ('internal', 'transit') THEN m.quantity
                                   WHEN s.usage IN ('internal', 'transit') AND d.usage = 'inventory' THEN -m.quantity
                                   ELSE 0 END) AS adjusted,
                          (SELECT COALESCE(SUM(q.quantity), 0) FROM quants q WHERE q.lot_id = :lot) AS on_hand
                        FROM move_lines m
                             JOIN locations s ON s.id = m.source_location_id
                             JOIN locations d ON d.id = m.destination_location_id
                        WHERE m.lot_id = :lot
                        """)
                .param("lot", lotId)
                .query((rs, n) -> new Balance(zero(rs.getBigDecimal("received")), zero(rs.getBigDecimal("produced")),
                        zero(rs.getBigDecimal("returned_in")), zero(rs.getBigDecimal("consumed")),
                        zero(rs.getBigDecimal("delivered")), zero(rs.getBigDecimal("returned_out")),
                        zero(rs.getBigDecimal("scrapped")), zero(rs.getBigDecimal("adjusted")),
                        zero(rs.getBigDecimal("on_hand"))))
                .single();
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
