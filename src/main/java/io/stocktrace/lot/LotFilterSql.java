package io.stocktrace.lot;

import io.stocktrace.calendar.SiteCalendar;
import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A {@link LotFilter} as the WHERE clause of a statement over {@code lots l}, with its parameters. */
@Component
class LotFilterSql {
    /** What the ledger places at customers: delivered minus returned. */
    private static final String AT_CUSTOMER = """
            (SELECT COALESCE(SUM(CASE WHEN dst.usage = 'customer' THEN m.quantity ELSE 0 END)
                           - SUM(CASE WHEN src.usage = 'customer' THEN m.quantity ELSE 0 END), 0)
             FROM move_lines m JOIN locations src ON src.id = m.source_location_id
                  JOIN locations dst ON dst.id = m.destination_location_id
             WHERE m.lot_id = l.id)""";

    /**
     * The rule of the alerts list, the dashboard's Expiration Alerts filter and the daily job: the lot has stock and
     * its alert date has come ({@code :today}). {@link LotSummary#inAlertOn} is the same rule for one row.
     */
    static final String IN_ALERT = """
            l.alert_date <= :today AND EXISTS (SELECT 1 FROM quants q WHERE q.lot_id = l.id AND q.quantity > 0)""";

    private static final int PRODUCTS_LISTED = 1000;
    private static final String PRODUCTS_MATCHING =
            "SELECT p2.id FROM products p2 WHERE LOWER(p2.name) LIKE :q ESCAPE '\\' OR LOWER(p2.sku) LIKE :q ESCAPE '\\'";

    private final JdbcClient jdbc;
    private final SiteCalendar calendar;

    LotFilterSql(JdbcClient jdbc, SiteCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    private List<Long> productsMatching(String q) {
        return jdbc.sql(PRODUCTS_MATCHING + " LIMIT " + (PRODUCTS_LISTED + 1)).param("q", q).query(Long.class).list();
    }

    /**
     * A search text makes every statement's text unique: PostgreSQL then plans each search for its own text. A plan
     * cached for any text would either read the trigram index for a text that matches half the lots, or scan the
     * table for a text that matches three.
     *
     * @param search how the lots are found, newest first ({@link Search})
     */
    record Where(String sql, Map<String, Object> params, Search search) {
        /** How many of the newest lots a short search text looks through before it asks the trigram indexes. */
        static final int NEWEST_LOTS_WALKED = 50_000;

        /** How a page of lots, newest first, is found. */
        enum Search {
            /** Walking the primary key from the newest lot: no search text, or one of one or two characters. */
            KEY_WALK,
            /**
             * Through the trigram indexes, every match, then sorted: ordered by {@code l.id + 0}, no plan walks the
             * key from the newest lot hoping to meet 80 matches soon. A text of five characters or more: lot names
             * follow the order lots were made in, so its matches are often all in one stretch of the key, half a
             * million lots back (0.6 s at a million lots).
             */
            TRIGRAMS,
            /**
             * A text of three or four characters may match a few lots (the trigram indexes find them) or a great many
             * ("0019" matches 4 % of the lots, which the trigram indexes would all read and sort: 11 s at 24 million
             * lots, where walking the key finds a page in a millisecond): which one is known only by trying, so the
             * newest {@value #NEWEST_LOTS_WALKED} lots are looked through first ({@link #amongNewest}), and the trigram
             * indexes asked when that did not fill the page.
             */
            NEWEST_THEN_TRIGRAMS;

            static Search forText(String pattern) {
                int length = pattern == null ? 0 : pattern.replace("\\", "").length() - 2;
                return length < 3 ? KEY_WALK : length < 5 ? NEWEST_THEN_TRIGRAMS : TRIGRAMS;
            }
        }

        String statement(String sql) {
            return params.containsKey("q") ? Batches.planned(sql) : sql;
        }

        /** The same filter on the newest {@value #NEWEST_LOTS_WALKED} lots only, found by walking the key. */
        Where amongNewest() {
            String newest = "l.id > (SELECT MAX(newest.id) FROM lots newest) - " + NEWEST_LOTS_WALKED;
            return new Where((sql.isEmpty() ? "WHERE " : sql + " AND ") + newest, params, Search.KEY_WALK);
        }

        Where byTrigrams() {
            return new Where(sql, params, Search.TRIGRAMS);
        }

        String newestFirst() {
            return search == Search.TRIGRAMS ? "l.id + 0 DESC" : "l.id DESC";
        }
    }

    /**
     * The WHERE clause of a filter over {@code lots l}. The search text matches lot names and references
     * (PostgreSQL answers through the trigram indexes of V14) or the product's name or SKU: those products are
     * found first, so that every arm of the OR can use an index instead of joining every lot to its product.
     */
    Where where(LotFilter f) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.productId() != null) {
            clauses.add("l.product_id = :productId");
            params.put("productId", f.productId());
        }
        if (f.name() != null) {
            clauses.add("l.name = :name");
            params.put("name", f.name());
        }
        if (f.q() != null && !f.q().isBlank()) {
            String q = Rows.containing(f.q());
            List<Long> products = productsMatching(q);
            String byProduct = products.isEmpty() ? ""
                    : products.size() > PRODUCTS_LISTED ? " OR l.product_id IN (" + PRODUCTS_MATCHING + ")"
                    : " OR l.product_id IN (:qProducts)";
            clauses.add("(LOWER(l.name) LIKE :q ESCAPE '\\' OR LOWER(l.ref) LIKE :q ESCAPE '\\'" + byProduct + ")");
            params.put("q", q);
            if (!products.isEmpty() && products.size() <= PRODUCTS_LISTED) {
                params.put("qProducts", products);
            }
        }
        if (f.status() != null) {
            clauses.add(LotStatusSql.is("l", f.status()));
        }
        if (f.onHand()) {
            clauses.add("EXISTS (SELECT 1 FROM quants q WHERE q.lot_id = l.id AND q.quantity > 0)");
        }
        if (f.expired() != null) {
            clauses.add(f.expired() ? "l.expiration_date <= :today" : "(l.expiration_date IS NULL OR l.expiration_date > :today)");
            params.put("today", f.today());
        }
        if (f.inAlert()) {
            clauses.add(IN_ALERT);
            params.put("today", f.today());
        }
        if (f.expiresBefore() != null) {
            clauses.add("l.expiration_date < :expiresBefore");
            params.put("expiresBefore", f.expiresBefore());
        }
        if (f.locationId() != null) {
            clauses.add("EXISTS (SELECT 1 FROM quants q WHERE q.lot_id = l.id AND q.location_id = :locationId"
                    + " AND q.quantity <> 0)");
            params.put("locationId", f.locationId());
        }
        if (f.atCustomer()) {
            clauses.add(AT_CUSTOMER + " > 0");
        }
        if (f.createdOn() != null) {
            clauses.add("l.created_at >= :createdFrom AND l.created_at < :createdTo");
            params.put("createdFrom", Rows.utc(calendar.startOf(f.createdOn())));
            params.put("createdTo", Rows.utc(calendar.startOf(f.createdOn().plusDays(1))));
        }
        // the days of lots are the site's: grouped and filtered by the same calendar
        params.put("zone", calendar.zone().getId());
        return new Where(clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses), params,
                Where.Search.forText((String) params.get("q")));
    }
}
