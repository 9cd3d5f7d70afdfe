package io.stocktrace.report;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Fsma204Repository {
    /** A location or partner described as FSMA asks: name, address, city, region, postal code, country, phone. */
    private static final String DESCRIPTION = """
            CONCAT_WS(', ', %1$s, %2$s.address, %2$s.city, NULLIF(TRIM(CONCAT_WS(' ', %2$s.region, %2$s.postal_code)), ''),
                      %2$s.country, %2$s.phone)""";

    private final JdbcClient jdbc;

    Fsma204Repository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Lots of Food Traceability List products among these. */
    List<Long> foodTraceabilityLots(Collection<Long> lotIds) {
        return jdbc.sql("""
                        SELECT l.id
                        FROM UNNEST(:lots) AS n(lot_id) JOIN lots l ON l.id = n.lot_id JOIN products p ON p.id = l.product_id
                        WHERE p.food_traceability_list
                        ORDER BY l.id
                        """)
                .param("lots", Batches.bigints(lotIds))
                .query(Long.class).list();
    }

    List<Long> lotsOnTheList() {
        return jdbc.sql("SELECT l.id FROM lots l JOIN products p ON p.id = l.product_id WHERE p.food_traceability_list ORDER BY l.id")
                .query(Long.class).list();
    }

    List<Long> lotsOfProduct(long productId) {
        return jdbc.sql("SELECT id FROM lots WHERE product_id = :product ORDER BY id").param("product", productId)
                .query(Long.class).list();
    }

    /** Every done move line of these lots, oldest first. */
    List<Fsma204Facts> moves(Collection<Long> lotIds) {
        return jdbc.sql("""
                        SELECT m.id, m.lot_id, l.name AS lot_name, p.name AS product_name, p.gtin, p.uom, m.quantity,
                               m.occurred_at, m.reference, t.origin, m.operation_type, m.manufacturing_order_id,
                               src.usage AS source_usage, %s AS source_description, src.gln AS source_gln,
                               dst.usage AS destination_usage, %s AS destination_description, dst.gln AS destination_gln,
                               %s AS partner_description, pa.gln AS partner_gln
                        FROM UNNEST(:lots) AS n(lot_id)
                             JOIN move_lines m ON m.lot_id = n.lot_id
                             JOIN lots l ON l.id = m.lot_id
                             JOIN products p ON p.id = m.product_id
                             JOIN locations src ON src.id = m.source_location_id
                             JOIN locations dst ON dst.id = m.destination_location_id
                             LEFT JOIN transfers t ON t.id = m.transfer_id
                             LEFT JOIN partners pa ON pa.id = m.partner_id
                        ORDER BY m.occurred_at, m.id
                        """.formatted(DESCRIPTION.formatted("src.full_name", "src"),
                        DESCRIPTION.formatted("dst.full_name", "dst"), DESCRIPTION.formatted("pa.name", "pa")))
                .param("lots", Batches.bigints(lotIds))
                .query(Fsma204Repository::facts)
                .list();
    }

    private static Fsma204Facts facts(ResultSet rs, int n) throws SQLException {
        return new Fsma204Facts(rs.getLong("id"), rs.getLong("lot_id"), rs.getString("lot_name"), rs.getString("product_name"),
                rs.getString("gtin"), rs.getString("uom"), rs.getBigDecimal("quantity"), Rows.instant(rs, "occurred_at"),
                rs.getString("reference"), rs.getString("origin"), rs.getString("operation_type"),
                Rows.nullableLong(rs, "manufacturing_order_id"), rs.getString("source_usage"),
                rs.getString("source_description"), rs.getString("source_gln"), rs.getString("destination_usage"),
                rs.getString("destination_description"), rs.getString("destination_gln"),
                emptyToNull(rs.getString("partner_description")), rs.getString("partner_gln"));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
