package io.stocktrace.trace;

import io.stocktrace.api.Paging;
import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import io.stocktrace.ledger.LedgerBlocks;
import io.stocktrace.lot.LotStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RecallRepository {
    private final JdbcClient jdbc;
    private final LedgerBlocks ledger;

    RecallRepository(JdbcClient jdbc, LedgerBlocks ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** One statement for the affected lots of a recall of a lot in 10,000 orders (22,000); H2 takes up to 65,536. */
    private static final int AFFECTED_SLICE = 60_000;

    /**
     * The recall and its lots (at their depth), each with its status before the recall where the recall changes it
     * (the lot's history shows the recall's one history row through it), none where the lot was recalled already.
     */
    long insert(String reference, long lotId, String reason, String actor, Instant at, Map<Long, Integer> affected,
                Map<Long, LotStatus> before) {
        var key = Rows.newKey();
        long block = ledger.current();
        jdbc.sql("""
                        INSERT INTO recalls (reference, lot_id, reason, created_by, created_at, ledger_block_id)
                        VALUES (:reference, :lot, :reason, :actor, :at, :block)
                        """)
                .param("block", block)
                .param("reference", reference).param("lot", lotId).param("reason", reason).param("actor", actor)
                .param("at", Rows.utc(at))
                .update(key, "id");
        long id = Rows.id(key);
        List<Long> lots = List.copyOf(affected.keySet());
        for (List<Long> slice : Batches.slices(lots, AFFECTED_SLICE)) {
            jdbc.sql("""
                            INSERT INTO recall_lots (recall_id, lot_id, depth, from_status, ledger_block_id)
                            SELECT :recall, n.lot_id, n.depth, n.from_status, :block
                            FROM UNNEST(:lots, :depths, :fromStatuses) AS n(lot_id, depth, from_status)
                            """)
                    .param("recall", id)
                    .param("block", block)
                    .param("lots", Batches.bigints(slice))
                    .param("depths", Batches.column("integer", slice, affected::get))
                    .param("fromStatuses", Batches.column("varchar", slice, lot -> before.get(lot) == LotStatus.RECALLED
                            ? null : before.get(lot).wire()))
                    .update();
        }
        return id;
    }

    Optional<Recall> find(long id) {
        return jdbc.sql("SELECT id, reference, lot_id, reason, created_by, created_at FROM recalls WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Recall(rs.getLong("id"), rs.getString("reference"), rs.getLong("lot_id"),
                        rs.getString("reason"), rs.getString("created_by"), Rows.instant(rs, "created_at"),
                        List.of(), List.of(), List.of()))
                .optional();
    }

    /** Recalls, newest first, without their lots and customers. */
    List<Recall> list(Paging paging) {
        return jdbc.sql("""
                        SELECT id, reference, lot_id, reason, created_by, created_at FROM recalls
                        ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((rs, n) -> new Recall(rs.getLong("id"), rs.getString("reference"), rs.getLong("lot_id"),
                        rs.getString("reason"), rs.getString("created_by"), Rows.instant(rs, "created_at"),
                        List.of(), List.of(), List.of()))
                .list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM recalls").query(Long.class).single();
    }

    List<Recall.AffectedLot> affectedLots(long recallId) {
        return jdbc.sql("""
                        SELECT l.id, l.name, p.name AS product_name
                        FROM recall_lots r JOIN lots l ON l.id = r.lot_id JOIN products p ON p.id = l.product_id
                        WHERE r.recall_id = :recall
                        ORDER BY r.depth, l.id
                        """)
                .param("recall", recallId)
                .query((rs, n) -> new Recall.AffectedLot(rs.getLong("id"), rs.getString("name"), rs.getString("product_name")))
                .list();
    }

    /**
     * Every delivery of an affected lot to a customer location, grouped by partner (by name, then id, those without a
     * partner last), oldest first. The shipments come from index entries: per affected lot, the entries of
     * {@code ix_move_lines_lot} carry the destination, so only the lines into a customer location are read from the
     * table. The few partners are named apart and the rows are sorted here: one sort of 20,000 rows with their names
     * in the statement spilled to disk at PostgreSQL's default {@code work_mem}.
     */
    List<Recall.Customer> customers(long recallId) {
        List<Long> customerLocations = jdbc.sql("SELECT id FROM locations WHERE usage = 'customer'")
                .query(Long.class).list();
        if (customerLocations.isEmpty()) {
            return List.of();
        }
        List<ShipmentRow> rows = jdbc.sql("""
                        SELECT m.id, m.partner_id, m.reference, m.occurred_at, p.name AS product_name,
                               l.name AS lot_name, m.quantity, m.result_package_id, m.transfer_id
                        FROM recall_lots r
                             JOIN move_lines m ON m.lot_id = r.lot_id
                             JOIN lots l ON l.id = r.lot_id
                             JOIN products p ON p.id = l.product_id
                        WHERE r.recall_id = :recall AND m.destination_location_id IN (:customerLocations)
                        """)
                .param("recall", recallId)
                .param("customerLocations", customerLocations)
                .query((rs, n) -> new ShipmentRow(rs.getLong("id"), Rows.nullableLong(rs, "partner_id"),
                        new Recall.Shipment(rs.getString("reference"), Rows.instant(rs, "occurred_at"),
                                rs.getString("product_name"), rs.getString("lot_name"), rs.getBigDecimal("quantity")),
                        Rows.nullableLong(rs, "result_package_id"), Rows.nullableLong(rs, "transfer_id")))
                .list();
        List<ShipmentRow> packed = withPackages(rows);
        return withTheirPackages(RecallCustomers.grouped(packed, partners(packed)));
    }

    /** One shipment as read, with what orders and groups it, and the package it left in (if any). */
    record ShipmentRow(long moveLineId, Long partnerId, Recall.Shipment shipment, Long packageId, Long transferId) {
    }

    /** The rows with the SSCCs (case, then pallet) each shipment left in. */
    private List<ShipmentRow> withPackages(List<ShipmentRow> rows) {
        List<PackageTrailRepository.Leg> legs = rows.stream().filter(r -> r.packageId() != null)
                .map(r -> new PackageTrailRepository.Leg(r.packageId(), r.transferId())).toList();
        if (legs.isEmpty()) {
            return rows;
        }
        PackageTrailRepository trails = PackageTrailRepository.of(jdbc, legs);
        return rows.stream().map(r -> r.packageId() == null ? r : new ShipmentRow(r.moveLineId(), r.partnerId(),
                r.shipment().withPackages(trails.of(new PackageTrailRepository.Leg(r.packageId(), r.transferId()))),
                r.packageId(), r.transferId())).toList();
    }

    /** Each customer with the SSCCs its shipments left in, each once, in the order of its shipments. */
    private static List<Recall.Customer> withTheirPackages(List<Recall.Customer> customers) {
        return customers.stream().map(c -> new Recall.Customer(c.partnerId(), c.name(), c.email(), c.shipments(),
                c.shipments().stream().flatMap(s -> s.packages().stream()).distinct().toList())).toList();
    }

    /** The partners of these shipments in the database's order of their names (then ids), each once. */
    private List<RecallCustomers.Partner> partners(List<ShipmentRow> rows) {
        Set<Long> ids = new TreeSet<>();
        rows.forEach(r -> {
            if (r.partnerId() != null) {
                ids.add(r.partnerId());
            }
        });
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, name, email FROM partners WHERE id IN (:ids) ORDER BY name, id")
                .param("ids", ids)
                .query((rs, n) -> new RecallCustomers.Partner(rs.getLong("id"), rs.getString("name"),
                        rs.getString("email")))
                .list();
    }

    List<Recall.BlockedStock> blockedStock(long recallId) {
        return jdbc.sql("""
                        SELECT l.id, l.name, loc.full_name, q.quantity
                        FROM recall_lots r
                             JOIN quants q ON q.lot_id = r.lot_id
                             JOIN lots l ON l.id = q.lot_id
                             JOIN locations loc ON loc.id = q.location_id
                        WHERE r.recall_id = :recall AND q.quantity > 0
                        ORDER BY l.id, loc.full_name
                        """)
                .param("recall", recallId)
                .query((rs, n) -> new Recall.BlockedStock(rs.getLong("id"), rs.getString("name"),
                        rs.getString("full_name"), rs.getBigDecimal("quantity")))
                .list();
    }
}
