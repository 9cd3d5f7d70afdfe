package io.stocktrace.lot;

import io.stocktrace.api.Paging;
import io.stocktrace.calendar.SiteCalendar;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.api.Page;
import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import io.stocktrace.ledger.LedgerBlocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

@Repository
class LotRepository {
    /** The lot's columns, its status as {@link LotStatusSql} says it. */
    private static final String COLUMNS = "l.id, l.product_id, l.name, l.ref, l.note, " + LotStatusSql.of("l")
            + """
             AS status, l.expiration_date, l.best_before_date,
            l.removal_date, l.alert_date, l.best_before_by_hand, l.removal_by_hand, l.alert_by_hand, l.created_at""";
    private static final String ON_HAND = """
            (SELECT COALESCE(SUM(q.quantity), 0) FROM quants q WHERE q.lot_id = l.id)""";
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

    private final JdbcClient jdbc;
    private final Batches batches;
    private final SiteCalendar calendar;
    private final LedgerBlocks ledger;

    LotRepository(JdbcClient jdbc, Batches batches, SiteCalendar calendar, LedgerBlocks ledger) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.calendar = calendar;
        this.ledger = ledger;
    }

    long insert(Lot lot) {
        var key = Rows.newKey();
        jdbc.sql("""
                        INSERT INTO lots (product_id, name, ref, note, status, expiration_date, best_before_date,
                                          removal_date, alert_date, best_before_by_hand, removal_by_hand,
                                          alert_by_hand, created_at)
                        VALUES (:productId, :name, :ref, :note, :status, :expirationDate, :bestBeforeDate,
                                :removalDate, :alertDate, :bestBeforeByHand, :removalByHand, :alertByHand, :createdAt)
                        """)
                .params(row(lot))
                .update(key, "id");
        return Rows.id(key);
    }

    private static final String INSERT_FROM_ARRAYS = """
            INSERT INTO lots (product_id, name, ref, note, status, expiration_date, best_before_date, removal_date,
                              alert_date, best_before_by_hand, removal_by_hand, alert_by_hand, created_at)
            SELECT * FROM UNNEST(:productIds, :names, :refs, :notes, :statuses, :expirationDates, :bestBeforeDates,
                                 :removalDates, :alertDates, :bestBeforeByHand, :removalByHand, :alertByHand,
                                 :createdAt)
            """;

    /**
     * Inserts many lots with one statement per slice of 10,000: each column goes as one array, and the rows come out
     * of {@code UNNEST}. A batch of 100,000 single-row INSERTs (even rewritten into multi-row ones) cost the client
     * 1.3 million bound parameters and the database as many to parse; the arrays cost a fraction of either.
     */
    void insertAll(List<Lot> lots) {
        for (List<Lot> slice : Batches.slices(lots)) {
            Object[][] columns = columns(slice);
            jdbc.sql(INSERT_FROM_ARRAYS)
                    .param("productIds", new SqlArrayValue("bigint", columns[0]))
                    .param("names", new SqlArrayValue("varchar", columns[1]))
                    .param("refs", new SqlArrayValue("varchar", columns[2]))
                    .param("notes", new SqlArrayValue("varchar", columns[3]))
                    .param("statuses", new SqlArrayValue("varchar", columns[4]))
                    .param("expirationDates", new SqlArrayValue("date", columns[5]))
                    .param("bestBeforeDates", new SqlArrayValue("date", columns[6]))
                    .param("removalDates", new SqlArrayValue("date", columns[7]))
                    .param("alertDates", new SqlArrayValue("date", columns[8]))
                    .param("bestBeforeByHand", new SqlArrayValue("boolean", columns[9]))
                    .param("removalByHand", new SqlArrayValue("boolean", columns[10]))
                    .param("alertByHand", new SqlArrayValue("boolean", columns[11]))
                    .param("createdAt", new SqlArrayValue("timestamptz", columns[12]))
                    .update();
        }
    }

    /** The lots column by column, in the order of {@link #INSERT_FROM_ARRAYS}. */
    private static Object[][] columns(List<Lot> lots) {
        Object[][] columns = new Object[13][lots.size()];
        for (int i = 0; i < lots.size(); i++) {
            Lot l = lots.get(i);
            LotDates d = l.dates();
            Object[] row = {l.productId(), l.name(), l.ref(), l.note(), l.status().wire(), d.expirationDate(),
                    d.bestBeforeDate(), d.removalDate(), d.alertDate(), d.byHand().bestBefore(), d.byHand().removal(),
                    d.byHand().alert(), Rows.utc(l.createdAt())};
            for (int c = 0; c < row.length; c++) {
                columns[c][i] = row[c];
            }
        }
        return columns;
    }

    void update(Lot lot) {
        jdbc.sql("""
                        UPDATE lots
                        SET ref = :ref, note = :note, status = :status, expiration_date = :expirationDate,
                            best_before_date = :bestBeforeDate, removal_date = :removalDate, alert_date = :alertDate,
                            best_before_by_hand = :bestBeforeByHand, removal_by_hand = :removalByHand,
                            alert_by_hand = :alertByHand
                        WHERE id = :id
                        """)
                .params(row(lot))
                .param("id", lot.id())
                .update();
    }

    /** Updates many lots in one batch: ref, note and dates (an import). */
    void updateAll(List<Lot> lots) {
        batches.run("""
                UPDATE lots
                SET ref = :ref, note = :note, expiration_date = :expirationDate, best_before_date = :bestBeforeDate,
                    removal_date = :removalDate, alert_date = :alertDate, best_before_by_hand = :bestBeforeByHand,
                    removal_by_hand = :removalByHand, alert_by_hand = :alertByHand
                WHERE id = :id
                """, lots.stream().map(l -> {
            Map<String, Object> row = row(l);
            row.put("id", l.id());
            return row;
        }).toList());
    }

    /** H2 takes arrays of up to 65,536 elements. */
    private static final int STATUS_SLICE = 60_000;

    /**
     * Gives these lots the status, those that have another, each with the history row of its change: the history
     * rows ({@link #recordStatusChanges}) then one UPDATE per slice of {@value #STATUS_SLICE}, without reading the lots
     * into the application first.
     */
    void setStatus(Collection<Long> lotIds, LotStatus status, String reason, String actor, Instant now) {
        recordStatusChanges(lotIds, status, reason, actor, now);
        for (List<Long> slice : Batches.slices(lotIds, STATUS_SLICE)) {
            jdbc.sql("UPDATE lots SET status = :status WHERE id = ANY(:ids) AND status <> :status")
                    .param("status", status.wire())
                    .param("ids", Batches.bigints(slice))
                    .update();
        }
    }

    /**
     * The history row of each of these lots whose status (as {@link LotStatusSql} reads it) is not this one yet,
     * from the status it has: one INSERT … SELECT per slice of {@value #STATUS_SLICE}.
     */
    void recordStatusChanges(Collection<Long> lotIds, LotStatus status, String reason, String actor, Instant now) {
        for (List<Long> slice : Batches.slices(lotIds, STATUS_SLICE)) {
            jdbc.sql(Batches.planned("""
                            INSERT INTO lot_events (lot_id, event, from_status, to_status, reason, actor, occurred_at,
                                                    ledger_block_id)
                            SELECT l.id, 'status', %s, :status, :reason, :actor, :now, :block
                            FROM UNNEST(:ids) AS n(id) JOIN lots l ON l.id = n.id
                            WHERE %s <> :status
                            """.formatted(LotStatusSql.of("l"), LotStatusSql.of("l"))))
                    .param("status", status.wire()).param("reason", reason).param("actor", actor)
                    .param("now", Rows.utc(now)).param("ids", Batches.bigints(slice))
                    .param("block", ledger.current())
                    .update();
        }
    }

    /** The one history row of a recall, of its lot, naming the recall (see {@link LotEventRepository#events}). */
    void recordRecall(long recallId, long lotId, String reason, String actor, Instant now) {
        jdbc.sql("""
                        INSERT INTO lot_events (lot_id, event, to_status, reason, actor, occurred_at, recall_id,
                                                ledger_block_id)
                        VALUES (:lot, 'status', :status, :reason, :actor, :now, :recall, :block)
                        """)
                .param("lot", lotId).param("status", LotStatus.RECALLED.wire()).param("reason", reason)
                .param("actor", actor).param("now", Rows.utc(now)).param("recall", recallId)
                .param("block", ledger.current())
                .update();
    }

    /** Locks these lots until the transaction ends, in id order, reading nothing of them. */
    void lock(Collection<Long> ids) {
        for (List<Long> slice : Batches.slices(new TreeSet<>(ids), STATUS_SLICE)) {
            jdbc.sql("SELECT l.id FROM lots l WHERE l.id = ANY(:ids) ORDER BY l.id FOR UPDATE")
                    .param("ids", Batches.bigints(slice))
                    .query(Long.class)
                    .list();
        }
    }

    /**
     * Locks these lots as {@link #lock} does and answers their statuses once locked (a recall keeps each as the lot's
     * status before it). Apart from {@link #lock}: reading the status costs a probe of {@code recall_lots} per lot,
     * which a delivery of 10,000 serials, reading its lots right after, need not pay twice.
     */
    Map<Long, LotStatus> lockAndReadStatuses(Collection<Long> ids) {
        Map<Long, LotStatus> statuses = new HashMap<>();
        for (List<Long> slice : Batches.slices(new TreeSet<>(ids), STATUS_SLICE)) {
            jdbc.sql("SELECT l.id, %s AS status FROM lots l WHERE l.id = ANY(:ids) ORDER BY l.id FOR UPDATE"
                            .formatted(LotStatusSql.of("l")))
                    .param("ids", Batches.bigints(slice))
                    .query(rs -> {
                        statuses.put(rs.getLong("id"), LotStatus.fromWire(rs.getString("status")));
                    });
        }
        return statuses;
    }

    /**
     * Records each edited field as a {@code change} event, by the actor at that instant: one statement per slice of
     * 10,000 (an import of 100,000 lots changes as many fields as it likes in a handful of statements).
     */
    void recordChanges(List<LotFieldChange> changes, String actor, Instant now) {
        for (List<LotFieldChange> slice : Batches.slices(changes)) {
            jdbc.sql("""
                            INSERT INTO lot_events (lot_id, event, field, old_value, new_value, actor, occurred_at,
                                                    ledger_block_id)
                            SELECT c.lot_id, 'change', c.field, c.old_value, c.new_value, :actor, :now, :block
                            FROM UNNEST(:lots, :fields, :oldValues, :newValues) AS c(lot_id, field, old_value, new_value)
                            """)
                    .param("block", ledger.current())
                    .param("lots", Batches.column("bigint", slice, LotFieldChange::lotId))
                    .param("fields", Batches.column("varchar", slice, LotFieldChange::field))
                    .param("oldValues", Batches.column("varchar", slice, LotFieldChange::oldValue))
                    .param("newValues", Batches.column("varchar", slice, LotFieldChange::newValue))
                    .param("actor", actor)
                    .param("now", Rows.utc(now))
                    .update();
        }
    }

    Optional<LotSummary> findSummary(long id) {
        return jdbc.sql("SELECT " + COLUMNS + ", p.name AS product_name, p.sku, p.tracking, " + ON_HAND + """
                         AS on_hand
                        FROM lots l JOIN products p ON p.id = l.product_id
                        WHERE l.id = :id
                        """)
                .param("id", id)
                .query(LotRepository::summary)
                .optional();
    }

    Map<String, Lot> findByNames(long productId, Collection<String> names) {
        Map<String, Lot> found = new HashMap<>();
        for (List<String> slice : Batches.slices(names)) {
            jdbc.sql(Batches.planned("SELECT " + COLUMNS + """
                             FROM UNNEST(:names) AS n(name) JOIN lots l ON l.name = n.name
                            WHERE l.product_id = :productId
                            """))
                    .param("productId", productId)
                    .param("names", Batches.texts(slice))
                    .query(LotRepository::lot)
                    .list()
                    .forEach(lot -> found.put(lot.name(), lot));
        }
        return found;
    }

    /**
     * The ids of the lots of one product with these names, by name. One index probe per name, whatever the planner
     * knows of the table: a join of 10,000 names with the lots table is planned as a scan of the whole table once
     * that holds many lots of the product (0.3 s per 10,000 names at 500,000 lots, 1.4 s without statistics).
     */
    Map<String, Long> idsByNames(long productId, Collection<String> names) {
        Map<String, Long> found = new HashMap<>();
        for (List<String> slice : Batches.slices(names)) {
            jdbc.sql(Batches.planned("""
                            SELECT n.name, (SELECT l.id FROM lots l WHERE l.name = n.name AND l.product_id = :productId) AS id
                            FROM UNNEST(:names) AS n(name)
                            """))
                    .param("productId", productId)
                    .param("names", Batches.texts(slice))
                    .query(rs -> {
                        long id = rs.getLong("id");
                        if (!rs.wasNull()) {
                            found.put(rs.getString("name"), id);
                        }
                    });
        }
        return found;
    }

    /**
     * Like {@link #byIds}, each lot locked until the transaction ends, in id order (no deadlock between two callers).
     * The lots are read by a statement of their own after the lock: a recall does not write the lots' rows (its
     * {@code recall_lots} rows make them recalled), so a lock that waited for a recall to commit would leave a
     * statement reading with its snapshot from before the recall; the next statement sees it.
     */
    Map<Long, Lot> lockByIds(Collection<Long> ids) {
        lock(ids);
        return byIds(ids);
    }

    Map<Long, Lot> byIds(Collection<Long> ids) {
        Map<Long, Lot> found = new HashMap<>();
        for (List<Long> slice : Batches.slices(ids)) {
            jdbc.sql(Batches.planned("SELECT " + COLUMNS + " FROM UNNEST(:ids) AS n(id) JOIN lots l ON l.id = n.id"))
                    .param("ids", Batches.bigints(slice))
                    .query(LotRepository::lot)
                    .list()
                    .forEach(lot -> found.put(lot.id(), lot));
        }
        return found;
    }

    List<LotSummary> list(LotFilter filter, Paging paging) {
        return list(where(filter), paging);
    }

    /**
     * A page of lots and how many match, counted up to {@code cap}, with one WHERE for both (a search looks up its
     * products once). A page that is not full is the last one: it counts itself, without a second look through the
     * lots (a search for one lot name would read the lots table twice on H2).
     */
    Page<LotSummary> page(LotFilter filter, Paging paging, long cap) {
        Where where = where(filter);
        List<LotSummary> items = list(where, paging);
        boolean last = items.size() < paging.limit() && (!items.isEmpty() || paging.offset() == 0);
        return new Page<>(items, last ? paging.offset() + items.size() : countUpTo(where, cap));
    }

    private List<LotSummary> list(Where where, Paging paging) {
        return jdbc.sql(where.statement("SELECT " + COLUMNS + ", p.name AS product_name, p.sku, p.tracking, " + ON_HAND
                        + " AS on_hand FROM lots l JOIN products p ON p.id = l.product_id " + where.sql()
                        + " ORDER BY " + where.newestFirst() + " LIMIT :limit OFFSET :offset"))
                .params(where.params())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(LotRepository::summary)
                .list();
    }

    /** Every lot the filter selects, oldest first, one at a time (an export of any size). */
    void forEach(LotFilter filter, java.util.function.Consumer<LotSummary> each) {
        Where where = where(filter);
        jdbc.sql(where.statement("SELECT " + COLUMNS + ", p.name AS product_name, p.sku, p.tracking, 0 AS on_hand"
                        + " FROM lots l JOIN products p ON p.id = l.product_id " + where.sql() + " ORDER BY l.id"))
                .params(where.params())
                .query(rs -> {
                    each.accept(summary(rs, 0));
                });
    }

    /** Which of these lots have moves in the ledger. */
    java.util.Set<Long> withMoves(Collection<Long> lotIds) {
        java.util.Set<Long> found = new java.util.HashSet<>();
        for (List<Long> slice : Batches.slices(lotIds)) {
            found.addAll(jdbc.sql(Batches.planned("""
                            SELECT n.id FROM UNNEST(:ids) AS n(id)
                            WHERE EXISTS (SELECT 1 FROM move_lines m WHERE m.lot_id = n.id)
                            """))
                    .param("ids", Batches.bigints(slice))
                    .query(Long.class)
                    .list());
        }
        return found;
    }

    /** Lots with stock whose alert date has come, oldest alert first. */
    List<LotSummary> alerts(LocalDate today, Paging paging) {
        Where where = where(LotFilter.inAlert(today));
        return jdbc.sql("SELECT " + COLUMNS + ", p.name AS product_name, p.sku, p.tracking, " + ON_HAND
                        + " AS on_hand FROM lots l JOIN products p ON p.id = l.product_id " + where.sql()
                        + " ORDER BY l.alert_date, l.id LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(LotRepository::summary)
                .list();
    }

    long countAlerts(LocalDate today) {
        return count(LotFilter.inAlert(today));
    }

    long count(LotFilter filter) {
        Where where = where(filter);
        return jdbc.sql(where.statement("SELECT COUNT(*) FROM lots l " + where.sql()))
                .params(where.params())
                .query(Long.class)
                .single();
    }

    List<LotGroup> groups(String groupBy, LotFilter filter, Paging paging) {
        Where where = where(filter);
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
     * The products that have lots matching the filter, by name, a page of them: the groups of the dashboard's default
     * grouping without their totals. Each product stops at its first matching lot (ix_lots_product), so a page costs
     * what its products cost to find, not what the lots of the database cost to count.
     */
    List<LotGroup> productGroups(LotFilter filter, Paging paging) {
        Where where = where(filter);
        String and = where.sql().isEmpty() ? "WHERE" : where.sql() + " AND";
        // Each product looks for its first matching lot through an index. OFFSET 0 keeps PostgreSQL from turning the
        // EXISTS into a join that hashes every lot (or quant) of the database: 1.5 s with a million lots. What the
        // probe walks depends on the filter:
        // - On Hand and Expiration Alerts want stock: the product's quants (uq_quants_product_location_lot, whose
        //   order the ORDER BY names so that no plan prefers a scan of the table); a product without stock has none;
        // - At Customer: the product's move lines into customer locations (ix_move_lines_product_destination), the
        //   locations given as values so that they are index keys;
        // - otherwise the product's lots, by whichever index the filter names. A search text is left to the planner:
        //   the trigram indexes find its few lots faster than a hundred product walks.
        Map<String, Object> params = new HashMap<>(where.params());
        String firstMatchingLot;
        if (filter.onHand() || filter.inAlert()) {
            firstMatchingLot = "SELECT 1 FROM quants oh JOIN lots l ON l.id = oh.lot_id %s oh.product_id = p.id"
                    + " AND oh.quantity > 0 ORDER BY oh.product_id, oh.location_id, oh.lot_key OFFSET 0";
        } else if (filter.atCustomer()) {
            firstMatchingLot = "SELECT 1 FROM move_lines cm JOIN lots l ON l.id = cm.lot_id %s cm.product_id = p.id"
                    + " AND cm.destination_location_id IN (:customerLocations)"
                    + " ORDER BY cm.product_id, cm.destination_location_id OFFSET 0";
            params.put("customerLocations", jdbc.sql("SELECT id FROM locations WHERE usage = 'customer'")
                    .query(Long.class).list());
        } else {
            firstMatchingLot = "SELECT 1 FROM lots l %s l.product_id = p.id" + (filter.q() == null ? " OFFSET 0" : "");
        }
        return jdbc.sql(where.statement("""
                        SELECT p.id, p.name FROM products p
                        WHERE EXISTS (%s)
                        ORDER BY p.name, p.id
                        LIMIT :limit OFFSET :offset
                        """.formatted(firstMatchingLot.formatted(and))))
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
        Where where = where(filter);
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

    /** How many lots match, counting no further than {@code cap}: a page says "80 of 10,000+" without counting a million. */
    private long countUpTo(Where where, long cap) {
        return jdbc.sql(where.statement("SELECT COUNT(*) FROM (SELECT 1 FROM lots l " + where.sql()
                        + (where.byTrigrams() ? " ORDER BY l.id + 0" : "") + " LIMIT :cap) capped"))
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

    private static final int PRODUCTS_LISTED = 1000;
    private static final String PRODUCTS_MATCHING =
            "SELECT p2.id FROM products p2 WHERE LOWER(p2.name) LIKE :q ESCAPE '\\' OR LOWER(p2.sku) LIKE :q ESCAPE '\\'";

    private List<Long> productsMatching(String q) {
        return jdbc.sql(PRODUCTS_MATCHING + " LIMIT " + (PRODUCTS_LISTED + 1)).param("q", q).query(Long.class).list();
    }

    /**
     * A search text makes every statement's text unique: PostgreSQL then plans each search for its own text. A plan
     * cached for any text would either read the trigram index for a text that matches half the lots, or scan the
     * table for a text that matches three.
     */
    private record Where(String sql, Map<String, Object> params) {
        String statement(String sql) {
            return params.containsKey("q") ? Batches.planned(sql) : sql;
        }

        /**
         * A search text of three characters or more is found through the trigram indexes, all its lots, then sorted:
         * ordered by {@code l.id + 0}, no plan walks the primary key from the newest lot hoping to meet 80 matches
         * soon. Lot names follow the order lots were made in, so the matches of a text are often all in one stretch
         * of the key, half a million lots back (0.6 s). Shorter texts match most lots: walking the key finds them.
         */
        boolean byTrigrams() {
            return params.get("q") instanceof String q && q.replace("\\", "").length() >= 5;
        }

        String newestFirst() {
            return byTrigrams() ? "l.id + 0 DESC" : "l.id DESC";
        }
    }

    /**
     * The WHERE clause of a filter over {@code lots l}. The search text matches lot names and references
     * (PostgreSQL answers through the trigram indexes of V14) or the product's name or SKU: those products are
     * found first, so that every arm of the OR can use an index instead of joining every lot to its product.
     */
    private Where where(LotFilter f) {
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
        return new Where(clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses), params);
    }

    private static Map<String, Object> row(Lot lot) {
        Map<String, Object> row = new HashMap<>();
        row.put("productId", lot.productId());
        row.put("name", lot.name());
        row.put("ref", lot.ref());
        row.put("note", lot.note());
        row.put("status", lot.status().wire());
        row.put("expirationDate", lot.dates().expirationDate());
        row.put("bestBeforeDate", lot.dates().bestBeforeDate());
        row.put("removalDate", lot.dates().removalDate());
        row.put("alertDate", lot.dates().alertDate());
        row.put("bestBeforeByHand", lot.dates().byHand().bestBefore());
        row.put("removalByHand", lot.dates().byHand().removal());
        row.put("alertByHand", lot.dates().byHand().alert());
        row.put("createdAt", Rows.utc(lot.createdAt()));
        return row;
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

    private static LotSummary summary(ResultSet rs, int n) throws SQLException {
        return new LotSummary(lot(rs, n), rs.getString("product_name"), rs.getString("sku"),
                Tracking.fromWire(rs.getString("tracking")), rs.getBigDecimal("on_hand"));
    }
}
