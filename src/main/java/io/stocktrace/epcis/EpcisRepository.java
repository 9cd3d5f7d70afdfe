package io.stocktrace.epcis;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import io.stocktrace.epcis.LedgerFacts.LotFact;
import io.stocktrace.epcis.LedgerFacts.MoveFact;
import io.stocktrace.epcis.LedgerFacts.RecallFact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EpcisRepository {
    private final JdbcClient jdbc;
    private final PackagingRepository packaging;

    EpcisRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.packaging = new PackagingRepository(jdbc);
    }

    /** The packages these move lines name, the packages those were put in, and what happened to them as wholes. */
    LedgerFacts.Packaging packaging(List<MoveFact> moves) {
        return packaging.of(moves);
    }

    /** Lots that were ever in a package of these names (SSCCs) or in a package that was ever put in one. */
    List<Long> lotsPackedIn(Collection<String> packageNames) {
        return packaging.lotsPackedIn(packageNames);
    }

    List<LotFact> lots(Collection<Long> lotIds) {
        return jdbc.sql("""
                        SELECT l.id, l.name, p.sku, p.gtin, p.tracking, p.uom, l.created_at, l.expiration_date, l.best_before_date
                        FROM UNNEST(:lots) AS n(lot_id)
                             JOIN lots l ON l.id = n.lot_id
                             JOIN products p ON p.id = l.product_id
                        ORDER BY l.id
                        """)
                .param("lots", Batches.bigints(lotIds))
                .query((rs, n) -> new LotFact(rs.getLong("id"), rs.getString("name"), rs.getString("sku"), rs.getString("gtin"),
                        rs.getString("tracking").equals("serial"), rs.getString("uom"), Rows.instant(rs, "created_at"),
                        Rows.date(rs, "expiration_date"), Rows.date(rs, "best_before_date")))
                .list();
    }

    List<MoveFact> moves(Collection<Long> lotIds) {
        return jdbc.sql("""
                        SELECT m.id, m.lot_id, m.quantity, m.reference, m.occurred_at, m.manufacturing_order_id,
                               m.source_location_id, src.usage AS source_usage,
                               m.destination_location_id, dst.usage AS destination_usage,
                               m.partner_id, pa.gln AS partner_gln, m.package_id, m.result_package_id
                        FROM UNNEST(:lots) AS n(lot_id)
                             JOIN move_lines m ON m.lot_id = n.lot_id
                             JOIN locations src ON src.id = m.source_location_id
                             JOIN locations dst ON dst.id = m.destination_location_id
                             LEFT JOIN partners pa ON pa.id = m.partner_id
                        ORDER BY m.id
                        """)
                .param("lots", Batches.bigints(lotIds))
                .query((rs, n) -> new MoveFact(rs.getLong("id"), rs.getLong("lot_id"), rs.getBigDecimal("quantity"),
                        rs.getString("reference"), Rows.instant(rs, "occurred_at"), Rows.nullableLong(rs, "manufacturing_order_id"),
                        rs.getLong("source_location_id"), rs.getString("source_usage"), rs.getLong("destination_location_id"),
                        rs.getString("destination_usage"), Rows.nullableLong(rs, "partner_id"), rs.getString("partner_gln"),
                        Rows.nullableLong(rs, "package_id"), Rows.nullableLong(rs, "result_package_id")))
                .list();
    }

    List<RecallFact> recalls(Collection<Long> lotIds) {
        record Row(long id, String reference, java.time.Instant createdAt, long lotId) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT r.id, r.reference, r.created_at, rl.lot_id
                        FROM UNNEST(:lots) AS n(lot_id)
                             JOIN recall_lots rl ON rl.lot_id = n.lot_id
                             JOIN recalls r ON r.id = rl.recall_id
                        ORDER BY r.id, rl.lot_id
                        """)
                .param("lots", Batches.bigints(lotIds))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("reference"), Rows.instant(rs, "created_at"),
                        rs.getLong("lot_id")))
                .list();
        Map<Long, RecallFact> recalls = new LinkedHashMap<>();
        rows.forEach(r -> recalls.computeIfAbsent(r.id(), id -> new RecallFact(id, r.reference(), r.createdAt(), new ArrayList<>()))
                .lotIds().add(r.lotId()));
        return List.copyOf(recalls.values());
    }

    /** Lots of a product: the one named, or all of them for a null name. */
    List<Long> lotsNamed(long productId, String name) {
        return jdbc.sql("SELECT id FROM lots WHERE product_id = :product AND (CAST(:name AS varchar) IS NULL OR name = :name)")
                .param("product", productId)
                .param("name", name)
                .query(Long.class).list();
    }

    /** Lots moved, created or recalled in [from, to), at most {@code limit}. */
    List<Long> lotsActiveBetween(java.time.Instant from, java.time.Instant to, int limit) {
        return jdbc.sql("""
                        SELECT lot_id FROM (
                            SELECT m.lot_id FROM move_lines m
                            WHERE m.lot_id IS NOT NULL
                              AND (CAST(:from AS timestamp with time zone) IS NULL OR m.occurred_at >= :from)
                              AND (CAST(:to AS timestamp with time zone) IS NULL OR m.occurred_at < :to)
                            UNION
                            SELECT l.id FROM lots l
                            WHERE (CAST(:from AS timestamp with time zone) IS NULL OR l.created_at >= :from)
                              AND (CAST(:to AS timestamp with time zone) IS NULL OR l.created_at < :to)
                            UNION
                            SELECT rl.lot_id FROM recall_lots rl JOIN recalls r ON r.id = rl.recall_id
                            WHERE (CAST(:from AS timestamp with time zone) IS NULL OR r.created_at >= :from)
                              AND (CAST(:to AS timestamp with time zone) IS NULL OR r.created_at < :to)
                        ) active
                        ORDER BY lot_id
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("from", from == null ? null : Rows.utc(from))
                .param("to", to == null ? null : Rows.utc(to))
                .param("limit", limit)
                .query(Long.class).list();
    }
}
