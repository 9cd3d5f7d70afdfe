package io.stocktrace.lot;

import io.stocktrace.api.Paging;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboard's groups of lots: by product, lot, location, status or creation day, with or without totals. */
@Repository
class LotGroupRepository {
    private final JdbcClient jdbc;
    private final LotFilterSql filters;

    LotGroupRepository(JdbcClient jdbc, LotFilterSql filters) {
        this.jdbc = jdbc;
        this.filters = filters;
    }

    List<LotGroup> groups(String groupBy, LotFilter filter, Paging paging) {
        LotFilterSql.Where where = filters.where(filter);
        // Joined lot by lot (ix_quants_lot), so that one group costs what its lots cost; a lot in several places
        // has several quants, hence the lots counted distinct.
        String onHandJoin = "LEFT JOIN quants oh ON oh.lot_id = l.id";
        String sql = switch (groupBy) {
            case "product" -> """
                    SELECT CAST(l.product_id AS varchar(20)) AS group_key, MIN(p.name) AS label, COUNT(DISTINCT l.id) AS lots,
                           COALESCE(SUM(oh.quantity), 0) AS quantity
                    FROM lots l JOIN products p ON p.id = l.product_id %s %s
                    GROUP BY l.product_id ORDER BY MIN(p.name), l.product_id""".formatted(onHandJoin, where.sql());
            case "lot" -> """
                    SELECT l.name AS group_key, l.name AS label, COUNT(DISTINCT l.id) AS lots, COALESCE(SUM(oh.quantity), 0) AS quantity
                    FROM lots l %s %s
                    GROUP BY l.name ORDER BY l.name""".formatted(onHandJoin, where.sql());
            // the day computed once per lot: PostgreSQL sees each :zone as a parameter of its own
            case "created" -> """
                    SELECT CAST(created_day AS varchar(10)) AS group_key, CAST(created_day AS varchar(10)) AS label,
                           COUNT(DISTINCT id) AS lots, COALESCE(SUM(quantity), 0) AS quantity
                    FROM (SELECT local_day(l.created_at, :zone) AS created_day, l.id, oh.quantity FROM lots l %s %s) days
                    GROUP BY created_day ORDER BY created_day DESC"""
                    .formatted(onHandJoin, where.sql());
            case "status" -> """
                    SELECT status AS group_key, status AS label, COUNT(DISTINCT id) AS lots, COALESCE(SUM(quantity), 0) AS quantity
                    FROM (SELECT %s AS status, l.id, oh.quantity FROM lots l %s %s) statuses
                    GROUP BY status ORDER BY status""".formatted(LotStatusSql.of("l"), onHandJoin, where.sql());
            case "location" -> """
                    SELECT CAST(loc.id AS varchar(20)) AS group_key, MIN(loc.full_name) AS label,
                           COUNT(DISTINCT l.id) AS lots, SUM(q.quantity) AS quantity
                    FROM lots l
                         JOIN quants q ON q.lot_id = l.id AND q.quantity <> 0
                         JOIN locations loc ON loc.id = q.location_id %s
                    GROUP BY loc.id ORDER BY MIN(loc.full_name)""".formatted(where.sql());
            default -> throw new IllegalArgumentException(groupBy);
        };
        return jdbc.sql(where.statement(sql + " LIMIT :limit OFFSET :offset"))
                .params(where.params())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((rs, n) -> new LotGroup(rs.getString("group_key"), rs.getString("label"), rs.getLong("lots"),
                        rs.getBigDecimal("quantity")))
                .list();
    }

    /**
     * Expiration Alerts, a product's first lot in alert: none when none of its lots has reached its alert date (one
     * probe of ix_lots_product_alert, where a walk of its stock would read every quant it holds); else, most often,
     * one of the lots that reached it last (the oldest are the first used up); else the walk of its stock.
     */
    private static final String IN_ALERT_FIRST = """
            EXISTS (SELECT 1 FROM lots a WHERE a.product_id = p.id AND a.alert_date <= :today)
            AND (EXISTS (SELECT 1 FROM lots l %1$s l.product_id = p.id
                         AND l.id IN (SELECT a.id FROM lots a WHERE a.product_id = p.id AND a.alert_date <= :today
                                      ORDER BY a.product_id DESC, a.alert_date DESC LIMIT 20))
                 OR %2$s)""";
    private static final String STOCKED_FIRST = """
            EXISTS (SELECT 1 FROM quants oh JOIN lots l ON l.id = oh.lot_id %s oh.product_id = p.id AND oh.quantity > 0
                    ORDER BY oh.product_id, oh.location_id, oh.lot_key OFFSET 0)""";

    /**
     * The products that have lots matching the filter, by name, a page of them: the groups of the dashboard's default
     * grouping without their totals. Each product stops at its first matching lot (ix_lots_product), so a page costs
     * what its products cost to find, not what the lots of the database cost to count.
     */
    List<LotGroup> productGroups(LotFilter filter, Paging paging) {
        LotFilterSql.Where where = filters.where(filter);
        String and = where.sql().isEmpty() ? "WHERE" : where.sql() + " AND";
        // Each product looks for its first matching lot through an index. OFFSET 0 keeps PostgreSQL from turning the
        // EXISTS into a join that hashes every lot (or quant) of the database: 1.5 s with a million lots. What the
        // probe walks depends on the filter:
        // - On Hand and Expiration Alerts want stock (the alerts first ask ix_lots_product_alert: IN_ALERT_FIRST): the
        //   product's quants (uq_quants_product_location_lot, whose order the ORDER BY names so that no plan prefers a
        //   scan of the table); a product without stock has none;
        // - At Customer: the product's move lines into customer locations (ix_move_lines_product_destination), the
        //   locations given as values so that they are index keys;
        // - otherwise the product's lots, by whichever index the filter names. A search text is left to the planner:
        //   the trigram indexes find its few lots faster than a hundred product walks.
        Map<String, Object> params = new HashMap<>(where.params());
        String hasMatchingLot;
        if (filter.inAlert()) {
            hasMatchingLot = IN_ALERT_FIRST.formatted(and, STOCKED_FIRST.formatted(and));
        } else if (filter.onHand()) {
            hasMatchingLot = STOCKED_FIRST.formatted(and);
        } else if (filter.atCustomer()) {
            hasMatchingLot = ("EXISTS (SELECT 1 FROM move_lines cm JOIN lots l ON l.id = cm.lot_id %s cm.product_id = p.id"
                    + " AND cm.destination_location_id IN (:customerLocations)"
                    + " ORDER BY cm.product_id, cm.destination_location_id OFFSET 0)").formatted(and);
            params.put("customerLocations", jdbc.sql("SELECT id FROM locations WHERE usage = 'customer'")
                    .query(Long.class).list());
        } else {
            hasMatchingLot = "EXISTS (SELECT 1 FROM lots l %s l.product_id = p.id%s)"
                    .formatted(and, filter.q() == null ? " OFFSET 0" : "");
        }
        return jdbc.sql(where.statement("""
                        SELECT p.id, p.name FROM products p
                        WHERE %s
                        ORDER BY p.name, p.id
                        LIMIT :limit OFFSET :offset
                        """.formatted(hasMatchingLot)))
                .params(params)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((rs, n) -> new LotGroup(rs.getString("id"), rs.getString("name"), -1, null))
                .list();
    }

    /**
     * The groups of a grouping without their totals (count -1), a page of them, each found by the first lot that
     * matches in it: statuses through ix_lots_status_product, locations by stepping from one stocked location to the
     * next up ix_quants_location, creation dates by stepping from day to day down ix_lots_created. A million lots are
     * never counted to show a page of group rows; each row fetches its own totals ({@link #groups} narrowed to it).
     */
    List<LotGroup> groupsWithoutTotals(String groupBy, LotFilter filter, Paging paging) {
        if ("product".equals(groupBy)) {
            return productGroups(filter, paging);
        }
        LotFilterSql.Where where = filters.where(filter);
        String and = where.sql().isEmpty() ? "WHERE" : where.sql() + " AND";
        String sql = switch (groupBy) {
            case "status" -> """
                    SELECT s.status AS group_key, s.status AS label
                    FROM (VALUES ('available'), ('quarantine'), ('recalled')) AS s(status)
                    WHERE (s.status = 'available' AND EXISTS (SELECT 1 FROM lots l %1$s %2$s OFFSET 0))
                       OR (s.status = 'quarantine' AND EXISTS (SELECT 1 FROM lots l %1$s %3$s OFFSET 0))
                       OR (s.status = 'recalled' AND EXISTS (SELECT 1 FROM lots l %1$s %4$s OFFSET 0))
                    ORDER BY s.status""".formatted(and, LotStatusSql.is("l", LotStatus.AVAILABLE),
                    LotStatusSql.is("l", LotStatus.QUARANTINE), LotStatusSql.is("l", LotStatus.RECALLED));
            case "location" -> """
                    WITH RECURSIVE stocked(location_id) AS (
                        SELECT MIN(location_id) FROM quants WHERE lot_id IS NOT NULL
                        UNION ALL
                        SELECT (SELECT MIN(q.location_id) FROM quants q
                                WHERE q.location_id > s.location_id AND q.lot_id IS NOT NULL)
                        FROM stocked s WHERE s.location_id IS NOT NULL
                    )
                    SELECT CAST(loc.id AS varchar(20)) AS group_key, loc.full_name AS label
                    FROM stocked s JOIN locations loc ON loc.id = s.location_id
                    %s
                    ORDER BY loc.full_name""".formatted(where.sql().isEmpty() ? "" : """
                    WHERE EXISTS (SELECT 1 FROM quants q JOIN lots l ON l.id = q.lot_id %s q.location_id = loc.id
                                  AND q.quantity <> 0)""".formatted(and));
            case "created" -> """
                    WITH RECURSIVE days(created_day) AS (
                        SELECT local_day(MAX(created_at), :zone) FROM lots
                        UNION ALL
                        SELECT (SELECT local_day(MAX(d.created_at), :zone) FROM lots d
                                WHERE d.created_at < day_start(created_day, :zone))
                        FROM days WHERE created_day IS NOT NULL
                    )
                    SELECT CAST(created_day AS varchar(10)) AS group_key, CAST(created_day AS varchar(10)) AS label FROM days
                    WHERE created_day IS NOT NULL
                      AND EXISTS (SELECT 1 FROM lots l %s l.created_at >= day_start(created_day, :zone)
                                  AND l.created_at < day_start(CAST(created_day + INTERVAL '1' DAY AS date), :zone)
                                  OFFSET 0)
                    ORDER BY created_day DESC""".formatted(and);
            default -> null;
        };
        if (sql == null) {
            return groups(groupBy, filter, paging);
        }
        return jdbc.sql(where.statement(sql + " LIMIT :limit OFFSET :offset"))
                .params(where.params())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((rs, n) -> new LotGroup(rs.getString("group_key"), rs.getString("label"), -1, null))
                .list();
    }
}
