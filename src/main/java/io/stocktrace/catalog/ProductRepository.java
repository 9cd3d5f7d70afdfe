package io.stocktrace.catalog;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProductRepository {
    private static final String COLUMNS = """
            id, sku, name, tracking, uom, gtin, expiration_days, best_before_days, removal_days, alert_days,
            food_traceability_list, created_at""";
    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Product p) {
        var key = Rows.newKey();
        jdbc.sql("""
                        INSERT INTO products (sku, name, tracking, uom, gtin, expiration_days, best_before_days,
                                              removal_days, alert_days, food_traceability_list, created_at)
                        VALUES (:sku, :name, :tracking, :uom, :gtin, :expirationDays, :bestBeforeDays,
                                :removalDays, :alertDays, :ftl, :createdAt)
                        """)
                .params(params(p))
                .param("createdAt", Rows.utc(p.createdAt()))
                .update(key, "id");
        return Rows.id(key);
    }

    void update(Product p) {
        jdbc.sql("""
                        UPDATE products
                        SET name = :name, tracking = :tracking, uom = :uom, gtin = :gtin,
                            expiration_days = :expirationDays, best_before_days = :bestBeforeDays,
                            removal_days = :removalDays, alert_days = :alertDays, food_traceability_list = :ftl
                        WHERE id = :id
                        """)
                .params(params(p))
                .param("id", p.id())
                .update();
    }

    Optional<Product> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM products WHERE id = :id").param("id", id)
                .query(ProductRepository::product).optional();
    }

    Optional<Product> findBySku(String sku) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM products WHERE sku = :sku").param("sku", sku)
                .query(ProductRepository::product).optional();
    }

    Optional<Product> findByGtin(String gtin) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM products WHERE gtin = :gtin").param("gtin", gtin)
                .query(ProductRepository::product).optional();
    }

    /**
     * The products with these ids, by id: each id asked once (a transfer of a million serial lines names a few
     * products), one statement per slice of ids, whatever their number.
     */
    Map<Long, Product> byIds(Collection<Long> ids) {
        Map<Long, Product> found = new java.util.HashMap<>();
        for (List<Long> slice : Batches.slices(new java.util.LinkedHashSet<>(ids))) {
            jdbc.sql("SELECT " + COLUMNS + " FROM products WHERE id IN (:ids)").param("ids", slice)
                    .query(ProductRepository::product)
                    .list()
                    .forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    /** The products with these SKUs, by SKU: one statement per slice of SKUs, whatever their number. */
    Map<String, Product> bySkus(Collection<String> skus) {
        Map<String, Product> found = new java.util.HashMap<>();
        for (List<String> slice : Batches.slices(skus)) {
            jdbc.sql(Batches.planned("SELECT p.* FROM UNNEST(:skus) AS n(wanted) JOIN products p ON p.sku = n.wanted"))
                    .param("skus", Batches.texts(slice))
                    .query(ProductRepository::product)
                    .list()
                    .forEach(p -> found.put(p.sku(), p));
        }
        return found;
    }

    Page<Product> list(String tracking, String q, Paging paging) {
        String where = """
                WHERE (CAST(:tracking AS varchar) IS NULL OR tracking = :tracking)
                  AND (CAST(:q AS varchar) IS NULL OR LOWER(sku) LIKE :q ESCAPE '\\' OR LOWER(name) LIKE :q ESCAPE '\\')""";
        String like = Rows.containing(q);
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM products " + where + " ORDER BY sku LIMIT :limit OFFSET :offset")
                .param("tracking", tracking)
                .param("q", like)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(ProductRepository::product).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM products " + where)
                .param("tracking", tracking)
                .param("q", like)
                .query(Long.class).single();
        return new Page<>(items, total);
    }

    /** Locks the products' rows until the transaction ends, in id order so that two callers cannot deadlock. */
    void lock(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT id FROM products WHERE id IN (:ids) ORDER BY id FOR UPDATE").param("ids", ids)
                .query(Long.class).list();
    }

    boolean hasStock(long productId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM quants
                        WHERE product_id = :id AND quantity <> 0
                        """)
                .param("id", productId)
                .query(Long.class).single() > 0;
    }

    private static Map<String, Object> params(Product p) {
        Expiry e = p.expiry() == null ? new Expiry(null, null, null, null) : p.expiry();
        var map = new java.util.HashMap<String, Object>();
        map.put("sku", p.sku());
        map.put("name", p.name());
        map.put("tracking", p.tracking().wire());
        map.put("uom", p.uom());
        map.put("gtin", p.gtin());
        map.put("expirationDays", e.expirationDays());
        map.put("bestBeforeDays", e.bestBeforeDays());
        map.put("removalDays", e.removalDays());
        map.put("alertDays", e.alertDays());
        map.put("ftl", p.foodTraceabilityList());
        return map;
    }

    private static Product product(ResultSet rs, int n) throws SQLException {
        Expiry expiry = new Expiry(Rows.nullableInt(rs, "expiration_days"), Rows.nullableInt(rs, "best_before_days"),
                Rows.nullableInt(rs, "removal_days"), Rows.nullableInt(rs, "alert_days"));
        return new Product(rs.getLong("id"), rs.getString("sku"), rs.getString("name"),
                Tracking.fromWire(rs.getString("tracking")), rs.getString("uom"), rs.getString("gtin"),
                expiry.noneSet() ? null : expiry, rs.getBoolean("food_traceability_list"), Rows.instant(rs, "created_at"));
    }
}
