package io.stocktrace.lot;

import static io.stocktrace.lot.LotListRepository.Columns.COLUMNS;
import static io.stocktrace.lot.LotListRepository.Columns.ON_HAND;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

@Repository
class LotRepository {
    private final JdbcClient jdbc;
    private final Batches batches;
    private final boolean h2;

    LotRepository(JdbcClient jdbc, Batches batches, @Value("${spring.datasource.url}") String databaseUrl) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.h2 = databaseUrl.startsWith("jdbc:h2:");
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
    static final int STATUS_SLICE = 60_000;

    /**
     * Gives these lots the status, those that have another: one UPDATE per slice of {@value #STATUS_SLICE}, without
     * reading the lots into the application first. Their history rows go first
     * ({@link LotEventRepository#recordStatusChanges}), while the status they change from can still be read.
     */
    void setStatus(Collection<Long> lotIds, LotStatus status) {
        for (List<Long> slice : Batches.slices(lotIds, STATUS_SLICE)) {
            jdbc.sql("UPDATE lots SET status = :status WHERE id = ANY(:ids) AND status <> :status")
                    .param("status", status.wire())
                    .param("ids", Batches.bigints(slice))
                    .update();
        }
    }

    /** Locks these lots until the transaction ends, in id order, reading nothing of them. */
    void lock(Collection<Long> ids) {
        for (List<Long> slice : Batches.slices(new TreeSet<>(ids), STATUS_SLICE)) {
            jdbc.sql("SELECT l.id " + lotsByIds() + " ORDER BY l.id FOR UPDATE OF l")
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
            jdbc.sql("SELECT l.id, %s AS status %s ORDER BY l.id FOR UPDATE OF l"
                            .formatted(LotStatusSql.of("l"), lotsByIds()))
                    .param("ids", Batches.bigints(slice))
                    .query(rs -> {
                        statuses.put(rs.getLong("id"), LotStatus.fromWire(rs.getString("status")));
                    });
        }
        return statuses;
    }

    /**
     * The lots of the array {@code :ids}, as the locks read them. PostgreSQL finds them by {@code = ANY} (a hash of
     * the array, or a probe of the key each); H2 would check each row it finds against the whole array element by
     * element (a pallet of 10,000 serials: 50 million comparisons, half its delivery), so on H2 the array is joined,
     * each lot found by its key. The join is slower on PostgreSQL, which hashes the lots table for it (191-274 ms
     * against 63-83 ms at 100,000 lots).
     */
    private String lotsByIds() {
        return h2 ? "FROM UNNEST(:ids) AS n(id) JOIN lots l ON l.id = n.id" : "FROM lots l WHERE l.id = ANY(:ids)";
    }

    Optional<LotSummary> findSummary(long id) {
        return jdbc.sql("SELECT " + COLUMNS + ", p.name AS product_name, p.sku, p.tracking, " + ON_HAND + """
                         AS on_hand
                        FROM lots l JOIN products p ON p.id = l.product_id
                        WHERE l.id = :id
                        """)
                .param("id", id)
                .query(LotListRepository.Columns::summary)
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
                    .query(LotListRepository.Columns::lot)
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
                    .query(LotListRepository.Columns::lot)
                    .list()
                    .forEach(lot -> found.put(lot.id(), lot));
        }
        return found;
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

}
