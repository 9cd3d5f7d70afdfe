package io.stocktrace.inventory;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ScrapRepository {
    private final JdbcClient jdbc;
    private final Batches batches;

    ScrapRepository(JdbcClient jdbc, Batches batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    long insert(Scrap s) {
        var key = Rows.newKey();
        jdbc.sql("""
                        INSERT INTO scraps (reference, product_id, source_location_id, quantity, reason, created_by,
                                            created_at)
                        VALUES (:reference, :product, :source, :quantity, :reason, :createdBy, :createdAt)
                        """)
                .param("reference", s.reference())
                .param("product", s.productId())
                .param("source", s.sourceLocationId())
                .param("quantity", s.quantity())
                .param("reason", s.reason())
                .param("createdBy", s.createdBy())
                .param("createdAt", Rows.utc(s.createdAt()))
                .update(key, "id");
        long id = Rows.id(key);
        batches.run("INSERT INTO scrap_lines (scrap_id, lot_id, quantity) VALUES (:scrap, :lot, :quantity)",
                s.lines().stream().map(l -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("scrap", id);
                    row.put("lot", l.lotId());
                    row.put("quantity", l.quantity());
                    return row;
                }).toList());
        return id;
    }

    Optional<Scrap> find(long id) {
        return jdbc.sql("""
                        SELECT id, reference, product_id, source_location_id, quantity, reason, created_by, created_at
                        FROM scraps WHERE id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Scrap(rs.getLong("id"), rs.getString("reference"), rs.getLong("product_id"),
                        rs.getLong("source_location_id"), rs.getBigDecimal("quantity"), rs.getString("reason"),
                        rs.getString("created_by"), Rows.instant(rs, "created_at"), List.of()))
                .optional()
                .map(s -> new Scrap(s.id(), s.reference(), s.productId(), s.sourceLocationId(), s.quantity(),
                        s.reason(), s.createdBy(), s.createdAt(), lines(id)));
    }

    private List<Scrap.Line> lines(long scrapId) {
        return jdbc.sql("""
                        SELECT sl.lot_id, l.name AS lot_name, sl.quantity
                        FROM scrap_lines sl LEFT JOIN lots l ON l.id = sl.lot_id
                        WHERE sl.scrap_id = :id
                        ORDER BY sl.id
                        """)
                .param("id", scrapId)
                .query((rs, n) -> new Scrap.Line(Rows.nullableLong(rs, "lot_id"), rs.getString("lot_name"),
                        rs.getBigDecimal("quantity")))
                .list();
    }
}
