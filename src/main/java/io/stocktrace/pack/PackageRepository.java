package io.stocktrace.pack;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import io.stocktrace.ledger.LedgerBlocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Packages, their tree and their content (the quants that name them). */
@Repository
class PackageRepository {
    private static final String SELECT = """
            SELECT p.id, p.name, p.package_type, p.parent_id, pp.name AS parent_name, p.location_id,
                   loc.full_name AS location, p.created_by, p.created_at
            """;
    private static final String JOINS = """
                 JOIN locations loc ON loc.id = p.location_id
                 LEFT JOIN packages pp ON pp.id = p.parent_id
            """;
    private static final String COLUMNS = SELECT + "FROM packages p\n" + JOINS;

    /** One package with its tree below it: each package of the tree and its parent. */
    record Node(long id, Long parentId, long locationId) {
    }

    private final JdbcClient jdbc;
    private final LedgerBlocks ledger;

    PackageRepository(JdbcClient jdbc, LedgerBlocks ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    long insert(String name, String type, Long parentId, long locationId, String actor, Instant now) {
        var key = Rows.newKey();
        jdbc.sql("""
                        INSERT INTO packages (name, package_type, parent_id, location_id, created_by, created_at)
                        VALUES (:name, :type, :parent, :location, :actor, :now)""")
                .param("name", name)
                .param("type", type)
                .param("parent", parentId)
                .param("location", locationId)
                .param("actor", actor)
                .param("now", Rows.utc(now))
                .update(key, "id");
        return Rows.id(key);
    }

    Optional<StockPackage> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE p.id = :id").param("id", id).query(PackageRepository::pack).optional();
    }

    Map<Long, StockPackage> byIds(Collection<Long> ids) {
        Map<Long, StockPackage> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(COLUMNS + " WHERE p.id IN (:ids)").param("ids", ids).query(PackageRepository::pack).list()
                    .forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    Map<String, StockPackage> byNames(Collection<String> names) {
        Map<String, StockPackage> found = new HashMap<>();
        for (List<String> slice : Batches.slices(names)) {
            jdbc.sql(Batches.planned(SELECT + "FROM UNNEST(:names) AS n(wanted) JOIN packages p ON p.name = n.wanted\n"
                            + JOINS))
                    .param("names", Batches.texts(slice))
                    .query(PackageRepository::pack).list()
                    .forEach(p -> found.put(p.name(), p));
        }
        return found;
    }

    /** Locks the packages (in id order, the order every operation locks them in) and answers them as they now are. */
    List<StockPackage> lock(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("SELECT id FROM packages WHERE id IN (:ids) ORDER BY id FOR UPDATE").param("ids", ids)
                .query(Long.class).list();
        return jdbc.sql(COLUMNS + " WHERE p.id IN (:ids) ORDER BY p.id").param("ids", ids)
                .query(PackageRepository::pack).list();
    }

    /** The package and every package above it, from the package up. */
    List<Long> ancestors(long id) {
        return jdbc.sql("""
                        WITH RECURSIVE up(id, parent_id, depth) AS (
                            SELECT id, parent_id, 0 FROM packages WHERE id = :id
                            UNION ALL
                            SELECT p.id, p.parent_id, up.depth + 1 FROM packages p JOIN up ON p.id = up.parent_id
                        )
                        SELECT id FROM up ORDER BY depth""")
                .param("id", id).query(Long.class).list();
    }

    /** These packages and every package inside them, to any depth, parents before children. */
    List<Node> trees(Collection<Long> roots) {
        if (roots.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        WITH RECURSIVE down(id, parent_id, location_id, depth) AS (
                            SELECT id, parent_id, location_id, 0 FROM packages WHERE id IN (:roots)
                            UNION ALL
                            SELECT p.id, p.parent_id, p.location_id, down.depth + 1
                            FROM packages p JOIN down ON p.parent_id = down.id
                        )
                        SELECT id, parent_id, location_id FROM down ORDER BY depth, id""")
                .param("roots", roots)
                .query((rs, n) -> new Node(rs.getLong("id"), Rows.nullableLong(rs, "parent_id"), rs.getLong("location_id")))
                .list();
    }

    /** The packages directly inside these, by parent. */
    Map<Long, List<StockPackage>> children(Collection<Long> parents) {
        Map<Long, List<StockPackage>> byParent = new LinkedHashMap<>();
        if (parents.isEmpty()) {
            return byParent;
        }
        jdbc.sql(COLUMNS + " WHERE p.parent_id IN (:parents) ORDER BY p.name").param("parents", parents)
                .query(PackageRepository::pack).list()
                .forEach(p -> byParent.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p));
        return byParent;
    }

    /** What these packages hold themselves (not their children's), by package, by product SKU and lot name. */
    Map<Long, List<Held>> held(Collection<Long> packageIds) {
        Map<Long, List<Held>> byPackage = new LinkedHashMap<>();
        for (List<Long> slice : Batches.slices(packageIds)) {
            jdbc.sql("""
                            SELECT q.package_id, q.product_id, pr.sku, pr.name AS product_name, pr.tracking, q.lot_id,
                                   l.name AS lot_name, q.quantity, q.reserved_quantity, q.in_date, q.location_id
                            FROM UNNEST(:packages) AS n(package_id)
                                 JOIN quants q ON q.package_id = n.package_id
                                 JOIN products pr ON pr.id = q.product_id
                                 LEFT JOIN lots l ON l.id = q.lot_id
                            WHERE q.quantity > 0
                            ORDER BY pr.sku, l.name""")
                    .param("packages", Batches.bigints(slice))
                    .query(PackageRepository::held).list()
                    .forEach(h -> byPackage.computeIfAbsent(h.packageId(), k -> new ArrayList<>()).add(h));
        }
        return byPackage;
    }

    /** The quants of these lots, loose or packed, wherever they are: what Put in Pack reads before it writes. */
    List<Held> quantsOfLots(Collection<Long> lotIds) {
        List<Held> found = new ArrayList<>();
        for (List<Long> slice : Batches.slices(lotIds)) {
            found.addAll(jdbc.sql("""
                            SELECT q.package_id, q.product_id, pr.sku, pr.name AS product_name, pr.tracking, q.lot_id,
                                   l.name AS lot_name, q.quantity, q.reserved_quantity, q.in_date, q.location_id
                            FROM UNNEST(:lots) AS n(lot_id)
                                 JOIN quants q ON q.lot_id = n.lot_id
                                 JOIN products pr ON pr.id = q.product_id
                                 JOIN lots l ON l.id = q.lot_id
                            WHERE q.quantity > 0""")
                    .param("lots", Batches.bigints(slice))
                    .query(PackageRepository::held).list());
        }
        return found;
    }

    /** The loose quant of an untracked product at the location, if any. */
    Optional<Held> looseUntracked(long productId, long locationId) {
        return jdbc.sql("""
                        SELECT q.package_id, q.product_id, pr.sku, pr.name AS product_name, pr.tracking, q.lot_id,
                               NULL AS lot_name, q.quantity, q.reserved_quantity, q.in_date, q.location_id
                        FROM quants q JOIN products pr ON pr.id = q.product_id
                        WHERE q.product_id = :product AND q.location_id = :location AND q.lot_key = 0
                          AND q.package_key = 0""")
                .param("product", productId).param("location", locationId)
                .query(PackageRepository::held).optional();
    }

    void setParent(Collection<Long> ids, Long parentId) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE packages SET parent_id = :parent WHERE id IN (:ids)")
                    .param("parent", parentId).param("ids", ids).update();
        }
    }

    /**
     * Moves a package, out of its parent, to the location, with every package inside it ({@code tree}, the package
     * included), in one statement. Their quants must have left the old location already (the ledger takes them
     * first), since a package's content is where the package is.
     */
    void relocate(long id, Collection<Long> tree, long locationId) {
        jdbc.sql("""
                        UPDATE packages SET location_id = :location,
                                            parent_id = CASE WHEN id = :id THEN NULL ELSE parent_id END
                        WHERE id IN (:tree)""")
                .param("location", locationId).param("id", id).param("tree", tree).update();
    }

    /** Appends the package moves, sealed in the ledger block of the transaction like its move lines. */
    void record(List<PackageEvent> events, Instant recordedAt) {
        for (List<PackageEvent> slice : Batches.slices(events)) {
            jdbc.sql("""
                            INSERT INTO package_moves (package_id, reference, operation_type, from_parent_id, parent_id,
                                                       source_location_id, destination_location_id, transfer_id,
                                                       occurred_at, recorded_at, actor, ledger_block_id)
                            SELECT n.package_id, :reference, :type, n.from_parent, n.parent, n.source, n.destination,
                                   CAST(:transferId AS BIGINT), CAST(:occurredAt AS TIMESTAMP WITH TIME ZONE),
                                   CAST(:recordedAt AS TIMESTAMP WITH TIME ZONE), :actor, CAST(:block AS BIGINT)
                            FROM UNNEST(:packages, :fromParents, :parents, :sources, :destinations) WITH ORDINALITY
                                 AS n(package_id, from_parent, parent, source, destination, line)
                            ORDER BY n.line""")
                    .param("reference", slice.get(0).reference())
                    .param("type", slice.get(0).type())
                    .param("transferId", slice.get(0).transferId())
                    .param("occurredAt", Rows.utc(slice.get(0).occurredAt()))
                    .param("recordedAt", Rows.utc(recordedAt))
                    .param("actor", slice.get(0).actor())
                    .param("block", ledger.current())
                    .param("packages", Batches.column("bigint", slice, PackageEvent::packageId))
                    .param("fromParents", Batches.column("bigint", slice, PackageEvent::fromParentId))
                    .param("parents", Batches.column("bigint", slice, PackageEvent::parentId))
                    .param("sources", Batches.column("bigint", slice, PackageEvent::sourceLocationId))
                    .param("destinations", Batches.column("bigint", slice, PackageEvent::destinationLocationId))
                    .update();
        }
    }

    Page<StockPackage> list(String name, Long locationId, Paging paging) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (name != null && !name.isBlank()) {
            where.append(" AND LOWER(p.name) LIKE :name ESCAPE '\\'");
            params.put("name", Rows.containing(name));
        }
        if (locationId != null) {
            where.append(" AND p.location_id = :location");
            params.put("location", locationId);
        }
        List<StockPackage> items = jdbc.sql(COLUMNS + where + " ORDER BY p.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", paging.limit()).param("offset", paging.offset())
                .query(PackageRepository::pack).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM packages p" + where).params(params).query(Long.class).single();
        return new Page<>(items, total);
    }

    /** A quant as Put in Pack and Unpack read it. */
    record Held(Long packageId, Product product, Long lotId, String lot, java.math.BigDecimal quantity,
                java.math.BigDecimal reserved, Instant inDate, long locationId) {
        record Product(long id, String sku, String name, String tracking) {
            boolean isSerial() {
                return "serial".equals(tracking);
            }
        }

        PackageContent.Item item() {
            return new PackageContent.Item(product.id(), product.sku(), product.name(), lotId, lot, quantity);
        }
    }

    private static Held held(ResultSet rs, int n) throws SQLException {
        Long packageId = Rows.nullableLong(rs, "package_id");
        Long lotId = Rows.nullableLong(rs, "lot_id");
        return new Held(packageId, new Held.Product(rs.getLong("product_id"), rs.getString("sku"),
                rs.getString("product_name"), rs.getString("tracking")), lotId, rs.getString("lot_name"),
                rs.getBigDecimal("quantity"), rs.getBigDecimal("reserved_quantity"), Rows.instant(rs, "in_date"),
                rs.getLong("location_id"));
    }

    private static StockPackage pack(ResultSet rs, int n) throws SQLException {
        Long parent = Rows.nullableLong(rs, "parent_id");
        return new StockPackage(rs.getLong("id"), rs.getString("name"), rs.getString("package_type"), parent,
                rs.getString("parent_name"), rs.getLong("location_id"), rs.getString("location"),
                rs.getString("created_by"), Rows.instant(rs, "created_at"));
    }
}
