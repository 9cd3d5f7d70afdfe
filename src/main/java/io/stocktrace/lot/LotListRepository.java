package io.stocktrace.lot;

import static io.stocktrace.lot.LotListRepository.Columns.COLUMNS;
import static io.stocktrace.lot.LotListRepository.Columns.ON_HAND;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lots as the lists read them: pages, counts, the alerts, an export; and one lot's stock and operations. */
@Repository
class LotListRepository {
    private final JdbcClient jdbc;
    private final LotFilterSql filters;

    LotListRepository(JdbcClient jdbc, LotFilterSql filters) {
        this.jdbc = jdbc;
        this.filters = filters;
    }

    List<LotSummary> list(LotFilter filter, Paging paging) {
        return list(filters.where(filter), paging);
    }

    /**
     * A page of lots and how many match, counted up to {@code cap}, with one WHERE for both (a search looks up its
     * products once). A page that is not full is the last one: it counts itself, without a second look through the
     * lots (a search for one lot name would read the lots table twice on H2).
     */
    Page<LotSummary> page(LotFilter filter, Paging paging, long cap) {
        LotFilterSql.Where where = filters.where(filter);
        List<LotSummary> items = list(where, paging);
        boolean last = items.size() < paging.limit() && (!items.isEmpty() || paging.offset() == 0);
        return new Page<>(items, last ? paging.offset() + items.size() : countUpTo(where, cap));
    }

    private List<LotSummary> list(LotFilterSql.Where where, Paging paging) {
        if (where.search() == LotFilterSql.Where.Search.NEWEST_THEN_TRIGRAMS) {
            List<LotSummary> amongNewest = list(where.amongNewest(), paging);
            return amongNewest.size() == paging.limit() ? amongNewest : list(where.byTrigrams(), paging);
        }
        return jdbc.sql(where.statement("SELECT " + COLUMNS + ", p.name AS product_name, p.sku, p.tracking, " + ON_HAND
                        + " AS on_hand FROM lots l JOIN products p ON p.id = l.product_id " + where.sql()
                        + " ORDER BY " + where.newestFirst() + " LIMIT :limit OFFSET :offset"))
                .params(where.params())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(Columns::summary)
                .list();
    }

    /** Every lot the filter selects, oldest first, one at a time (an export of any size). */
    void forEach(LotFilter filter, java.util.function.Consumer<LotSummary> each) {
        LotFilterSql.Where where = filters.where(filter);
        jdbc.sql(where.statement("SELECT " + COLUMNS + ", p.name AS product_name, p.sku, p.tracking, 0 AS on_hand"
                        + " FROM lots l JOIN products p ON p.id = l.product_id " + where.sql() + " ORDER BY l.id"))
                .params(where.params())
                .query(rs -> {
                    each.accept(Columns.summary(rs, 0));
                });
    }


    /** Lots with stock whose alert date has come, oldest alert first. */
    List<LotSummary> alerts(LocalDate today, Paging paging) {
        LotFilterSql.Where where = filters.where(LotFilter.inAlert(today));
        return jdbc.sql("SELECT " + COLUMNS + ", p.name AS product_name, p.sku, p.tracking, " + ON_HAND
                        + " AS on_hand FROM lots l JOIN products p ON p.id = l.product_id " + where.sql()
                        + " ORDER BY l.alert_date, l.id LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(Columns::summary)
                .list();
    }

    long countAlerts(LocalDate today) {
        return count(LotFilter.inAlert(today));
    }

    long count(LotFilter filter) {
        LotFilterSql.Where where = filters.where(filter);
        return jdbc.sql(where.statement("SELECT COUNT(*) FROM lots l " + where.sql()))
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** How many lots match, counting no further than {@code cap}: a page says "80 of 10,000+" without counting a million. */
    private long countUpTo(LotFilterSql.Where where, long cap) {
        if (where.search() == LotFilterSql.Where.Search.NEWEST_THEN_TRIGRAMS) {
            long amongNewest = countUpTo(where.amongNewest(), cap);
            return amongNewest == cap ? cap : countUpTo(where.byTrigrams(), cap);
        }
        String allMatchesSorted = where.search() == LotFilterSql.Where.Search.TRIGRAMS ? " ORDER BY l.id + 0" : "";
        return jdbc.sql(where.statement("SELECT COUNT(*) FROM (SELECT 1 FROM lots l " + where.sql() + allMatchesSorted
                        + " LIMIT :cap) capped"))
                .params(where.params())
                .param("cap", cap)
                .query(Long.class)
                .single();
    }

    /** Where the lot is: its quants in our stock, and what the ledger places at customers. */
    List<LotQuant> quants(long lotId) {
        return jdbc.sql("""
                        SELECT q.location_id, loc.full_name, loc.usage, q.quantity, q.reserved_quantity
                        FROM quants q JOIN locations loc ON loc.id = q.location_id
                        WHERE q.lot_id = :lot AND q.quantity <> 0
                        UNION ALL
                        SELECT loc.id, loc.full_name, loc.usage,
                               SUM(CASE WHEN m.destination_location_id = loc.id THEN m.quantity ELSE -m.quantity END), 0
                        FROM move_lines m
                             JOIN locations loc ON loc.id IN (m.source_location_id, m.destination_location_id)
                        WHERE m.lot_id = :lot AND loc.usage = 'customer'
                        GROUP BY loc.id, loc.full_name, loc.usage
                        HAVING SUM(CASE WHEN m.destination_location_id = loc.id THEN m.quantity ELSE -m.quantity END) <> 0
                        ORDER BY 2
                        """)
                .param("lot", lotId)
                .query((rs, n) -> new LotQuant(rs.getLong("location_id"), rs.getString("full_name"),
                        rs.getString("usage"), rs.getBigDecimal("quantity"), rs.getBigDecimal("reserved_quantity")))
                .list();
    }

    List<LotOperation> operations(long lotId, Paging paging) {
        return jdbc.sql("""
                        SELECT m.id, m.occurred_at, m.reference, m.operation_type, src.full_name AS source,
                               dst.full_name AS destination, m.quantity, pa.name AS partner
                        FROM move_lines m
                             JOIN locations src ON src.id = m.source_location_id
                             JOIN locations dst ON dst.id = m.destination_location_id
                             LEFT JOIN partners pa ON pa.id = m.partner_id
                        WHERE m.lot_id = :lot
                        ORDER BY m.occurred_at DESC, m.id DESC
                        LIMIT :limit OFFSET :offset
                        """)
                .param("lot", lotId)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((rs, n) -> new LotOperation(rs.getLong("id"), Rows.instant(rs, "occurred_at"),
                        rs.getString("reference"), rs.getString("operation_type"), rs.getString("source"),
                        rs.getString("destination"), rs.getBigDecimal("quantity"), rs.getString("partner")))
                .list();
    }

    long countOperations(long lotId) {
        return jdbc.sql("SELECT COUNT(*) FROM move_lines WHERE lot_id = :lot").param("lot", lotId)
                .query(Long.class).single();
    }

    /** The columns of a lot as every repository of lots reads them, and the rows they make. */
    static final class Columns {
        /** The lot's columns, its status as {@link LotStatusSql} says it. */
        static final String COLUMNS = "l.id, l.product_id, l.name, l.ref, l.note, " + LotStatusSql.of("l")
                + """
                 AS status, l.expiration_date, l.best_before_date,
                l.removal_date, l.alert_date, l.best_before_by_hand, l.removal_by_hand, l.alert_by_hand, l.created_at""";
        static final String ON_HAND = """
                (SELECT COALESCE(SUM(q.quantity), 0) FROM quants q WHERE q.lot_id = l.id)""";

        private Columns() {
        }

        static Lot lot(ResultSet rs, int n) throws SQLException {
            return new Lot(rs.getLong("id"), rs.getLong("product_id"), rs.getString("name"), rs.getString("ref"),
                    rs.getString("note"), LotStatus.fromWire(rs.getString("status")),
                    new LotDates(Rows.date(rs, "expiration_date"), Rows.date(rs, "best_before_date"),
                            Rows.date(rs, "removal_date"), Rows.date(rs, "alert_date"),
                            new LotDates.ByHand(rs.getBoolean("best_before_by_hand"), rs.getBoolean("removal_by_hand"),
                                    rs.getBoolean("alert_by_hand"))),
                    Rows.instant(rs, "created_at"));
        }

        static LotSummary summary(ResultSet rs, int n) throws SQLException {
            return new LotSummary(lot(rs, n), rs.getString("product_name"), rs.getString("sku"),
                    Tracking.fromWire(rs.getString("tracking")), rs.getBigDecimal("on_hand"));
        }
    }
}
