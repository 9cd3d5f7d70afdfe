package io.stocktrace.report;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** A location or a partner as the rows name it. */
    private record Place(String usage, String description, String gln) {
    }

    /**
     * Every done move line of these lots, oldest first. The locations and partners are read once each, not joined
     * and described on every line: for the 89,833 lines of the benchmark's hot lot the descriptions made the rows
     * wide enough for PostgreSQL to sort them on disk, and most of the query's time.
     */
    List<Fsma204Facts> moves(Collection<Long> lotIds) {
        List<Object[]> lines = jdbc.sql("""
                        SELECT m.id, m.lot_id, l.name AS lot_name, p.name AS product_name, p.gtin, p.uom, m.quantity,
                               m.occurred_at, m.reference, t.origin, m.operation_type, m.manufacturing_order_id,
                               m.source_location_id, m.destination_location_id, m.partner_id
                        FROM UNNEST(:lots) AS n(lot_id)
                             JOIN move_lines m ON m.lot_id = n.lot_id
                             JOIN lots l ON l.id = m.lot_id
                             JOIN products p ON p.id = m.product_id
                             LEFT JOIN transfers t ON t.id = m.transfer_id
                        """)
                .param("lots", Batches.bigints(lotIds))
                .query((rs, n) -> new Object[] {line(rs), rs.getLong("source_location_id"),
                        rs.getLong("destination_location_id"), Rows.nullableLong(rs, "partner_id")})
                .list();
        Set<Long> locationIds = new HashSet<>();
        Set<Long> partnerIds = new HashSet<>();
        for (Object[] line : lines) {
            locationIds.add((Long) line[1]);
            locationIds.add((Long) line[2]);
            if (line[3] != null) {
                partnerIds.add((Long) line[3]);
            }
        }
        Map<Long, Place> locations = places("locations", "full_name", locationIds);
        Map<Long, Place> partners = places("partners", "name", partnerIds);
        Place none = new Place(null, null, null);
        return lines.stream().map(line -> facts((Fsma204Facts) line[0], locations.get((Long) line[1]),
                        locations.get((Long) line[2]), line[3] == null ? none : partners.get((Long) line[3])))
                .sorted(Comparator.comparing(Fsma204Facts::occurredAt).thenComparingLong(Fsma204Facts::moveLineId))
                .toList();
    }

    private Map<Long, Place> places(String table, String name, Collection<Long> ids) {
        Map<Long, Place> places = new HashMap<>();
        jdbc.sql(("SELECT x.id, %s AS description, x.gln" + (table.equals("locations") ? ", x.usage" : ", NULL AS usage")
                        + " FROM UNNEST(:ids) AS n(id) JOIN %s x ON x.id = n.id")
                        .formatted(DESCRIPTION.formatted("x." + name, "x"), table))
                .param("ids", Batches.bigints(ids))
                .query(rs -> {
                    places.put(rs.getLong("id"), new Place(rs.getString("usage"),
                            emptyToNull(rs.getString("description")), rs.getString("gln")));
                });
        return places;
    }

    /** A line without its places yet. */
    private static Fsma204Facts line(ResultSet rs) throws SQLException {
        return new Fsma204Facts(rs.getLong("id"), rs.getLong("lot_id"), rs.getString("lot_name"), rs.getString("product_name"),
                rs.getString("gtin"), rs.getString("uom"), rs.getBigDecimal("quantity"), Rows.instant(rs, "occurred_at"),
                rs.getString("reference"), rs.getString("origin"), rs.getString("operation_type"),
                Rows.nullableLong(rs, "manufacturing_order_id"), null, null, null, null, null, null, null, null);
    }

    private static Fsma204Facts facts(Fsma204Facts m, Place source, Place destination, Place partner) {
        return new Fsma204Facts(m.moveLineId(), m.lotId(), m.lotName(), m.productName(), m.gtin(), m.uom(), m.quantity(),
                m.occurredAt(), m.reference(), m.origin(), m.operationType(), m.manufacturingOrderId(), source.usage(),
                source.description(), source.gln(), destination.usage(), destination.description(), destination.gln(),
                partner.description(), partner.gln());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
