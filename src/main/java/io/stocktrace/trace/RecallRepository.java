package io.stocktrace.trace;

import io.stocktrace.api.Paging;
import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import io.stocktrace.ledger.LedgerBlocks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    long insert(String reference, long lotId, String reason, String actor, Instant at, Map<Long, Integer> affected) {
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
        for (List<Long> slice : Batches.slices(lots)) {
            jdbc.sql("""
                            INSERT INTO recall_lots (recall_id, lot_id, depth, ledger_block_id)
                            SELECT :recall, n.lot_id, n.depth, :block FROM UNNEST(:lots, :depths) AS n(lot_id, depth)
                            """)
                    .param("recall", id)
                    .param("block", block)
                    .param("lots", Batches.bigints(slice))
                    .param("depths", Batches.column("integer", slice, affected::get))
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

    /** Every delivery of an affected lot to a customer location, grouped by partner, oldest first. */
    List<Recall.Customer> customers(long recallId) {
        Map<Long, Recall.Customer> byPartner = new LinkedHashMap<>();
        Map<Long, List<PackageTrailRepository.Leg>> legs = new HashMap<>();
        jdbc.sql("""
                        SELECT m.partner_id, pa.name, pa.email, m.reference, m.occurred_at, p.name AS product_name,
                               l.name AS lot_name, m.quantity, m.result_package_id, m.transfer_id
                        FROM recall_lots r
                             JOIN move_lines m ON m.lot_id = r.lot_id
                             JOIN locations dst ON dst.id = m.destination_location_id
                             JOIN lots l ON l.id = m.lot_id
                             JOIN products p ON p.id = m.product_id
                             LEFT JOIN partners pa ON pa.id = m.partner_id
                        WHERE r.recall_id = :recall AND dst.usage = 'customer'
                        ORDER BY pa.name, m.partner_id, m.occurred_at, m.id
                        """)
                .param("recall", recallId)
                .query((rs, n) -> {
                    Long partner = Rows.nullableLong(rs, "partner_id");
                    String name = rs.getString("name");
                    String email = rs.getString("email");
                    long key = partner == null ? -1L : partner;
                    Recall.Customer c = byPartner.computeIfAbsent(key, k ->
                            new Recall.Customer(partner, name, email, new ArrayList<>()));
                    c.shipments().add(new Recall.Shipment(rs.getString("reference"), Rows.instant(rs, "occurred_at"),
                            rs.getString("product_name"), rs.getString("lot_name"), rs.getBigDecimal("quantity")));
                    Long pack = Rows.nullableLong(rs, "result_package_id");
                    if (pack != null) {
                        legs.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(new PackageTrailRepository.Leg(pack, Rows.nullableLong(rs, "transfer_id")));
                    }
                    return c;
                })
                .list();
        PackageTrailRepository trails = PackageTrailRepository.of(jdbc, legs.values().stream().flatMap(List::stream).toList());
        return byPartner.entrySet().stream().map(e -> {
            Recall.Customer c = e.getValue();
            List<String> packages = legs.getOrDefault(e.getKey(), List.of()).stream()
                    .flatMap(l -> trails.of(l).stream()).distinct().toList();
            return new Recall.Customer(c.partnerId(), c.name(), c.email(), List.copyOf(c.shipments()), packages);
        }).toList();
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
