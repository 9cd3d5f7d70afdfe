package io.stocktrace.report;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import io.stocktrace.settings.SiteProfile;
import java.util.ArrayList;
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

    /**
     * Every done move line of these lots, oldest first. The locations and partners are read once each, not joined
     * and described on every line: for the 89,833 lines of the benchmark's hot lot the descriptions made the rows
     * wide enough for PostgreSQL to sort them on disk, and most of the query's time. A location of ours without an
     * address of its own is described as our site ({@code site}, from the settings' profile), when there is one.
     */
    List<Fsma204Facts> moves(Collection<Long> lotIds, Fsma204Place site) {
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
        Map<Long, Fsma204Place> locations = places("locations", "full_name", locationIds, site);
        Map<Long, Fsma204Place> partners = places("partners", "name", partnerIds, null);
        return lines.stream().map(line -> facts((Fsma204Facts) line[0], (Long) line[3], locations.get((Long) line[1]),
                        locations.get((Long) line[2]), line[3] == null ? Fsma204Place.NONE : partners.get((Long) line[3])))
                .sorted(Comparator.comparing(Fsma204Facts::occurredAt).thenComparingLong(Fsma204Facts::moveLineId))
                .toList();
    }

    private Map<Long, Fsma204Place> places(String table, String name, Collection<Long> ids, Fsma204Place site) {
        Map<Long, Fsma204Place> places = new HashMap<>();
        jdbc.sql(("SELECT x.id, %s AS description, x.gln, x.address, x.city, x.country, x.phone"
                        + (table.equals("locations") ? ", x.usage" : ", NULL AS usage")
                        + " FROM UNNEST(:ids) AS n(id) JOIN %s x ON x.id = n.id")
                        .formatted(DESCRIPTION.formatted("x." + name, "x"), table))
                .param("ids", Batches.bigints(ids))
                .query(rs -> {
                    String usage = rs.getString("usage");
                    boolean ours = usage != null && !usage.equals("supplier") && !usage.equals("customer");
                    String gln = rs.getString("gln");
                    if (ours && rs.getString("address") == null && site != null && site.description() != null) {
                        places.put(rs.getLong("id"), new Fsma204Place(usage, site.description(), gln != null ? gln : site.gln(),
                                site.missing()));
                        return;
                    }
                    List<String> missing = new ArrayList<>();
                    String[] parts = {"address", "city", "country", "phone"};
                    for (String part : parts) {
                        if (rs.getString(part) == null || rs.getString(part).isBlank()) {
                            missing.add(part);
                        }
                    }
                    if (ours && site != null) {
                        gln = gln != null ? gln : site.gln();
                    }
                    places.put(rs.getLong("id"), new Fsma204Place(usage, emptyToNull(rs.getString("description")), gln, missing));
                });
        return places;
    }

    /** Our site as a place: the settings' profile described, with the site's GLN (both may be absent). */
    Fsma204Place site() {
        return jdbc.sql("""
                        SELECT s.site_gln, p.business_name, p.address, p.city, p.region, p.postal_code, p.country, p.phone
                        FROM settings s LEFT JOIN site_profiles p ON p.id = 1
                        WHERE s.id = 1
                        """)
                .query((rs, n) -> {
                    SiteProfile profile = new SiteProfile(rs.getString("business_name"), rs.getString("address"),
                            rs.getString("city"), rs.getString("region"), rs.getString("postal_code"), rs.getString("country"),
                            rs.getString("phone"));
                    return new Fsma204Place("internal", profile.isEmpty() ? null : profile.description(), rs.getString("site_gln"),
                            profile.missing());
                })
                .single();
    }

    /** A line without its places yet. */
    private static Fsma204Facts line(ResultSet rs) throws SQLException {
        return new Fsma204Facts(rs.getLong("id"), rs.getLong("lot_id"), rs.getString("lot_name"), rs.getString("product_name"),
                rs.getString("gtin"), rs.getString("uom"), rs.getBigDecimal("quantity"), Rows.instant(rs, "occurred_at"),
                rs.getString("reference"), rs.getString("origin"), rs.getString("operation_type"),
                Rows.nullableLong(rs, "manufacturing_order_id"), null, null, null, null);
    }

    private static Fsma204Facts facts(Fsma204Facts m, Long partnerId, Fsma204Place source, Fsma204Place destination,
                                      Fsma204Place partner) {
        return new Fsma204Facts(m.moveLineId(), m.lotId(), m.lotName(), m.productName(), m.gtin(), m.uom(), m.quantity(),
                m.occurredAt(), m.reference(), m.origin(), m.operationType(), m.manufacturingOrderId(), partnerId, source,
                destination, partner);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
