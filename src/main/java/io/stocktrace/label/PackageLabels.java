package io.stocktrace.label;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.db.Batches;
import io.stocktrace.gs1.Gs1SyntaxEngine;
import io.stocktrace.pack.PackageContent;
import io.stocktrace.pack.PackageService;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The GS1 logistic label of a package. A package (with the packages inside it) holding one product is homogeneous:
 * its label tells that product's GTIN and count, and the lot and expiration date when all of it shares one.
 */
@Service
public class PackageLabels {
    private final PackageService packages;
    private final ProductService products;
    private final JdbcClient jdbc;
    private final Gs1SyntaxEngine engine;

    PackageLabels(PackageService packages, ProductService products, JdbcClient jdbc, Clock clock) {
        this.packages = packages;
        this.products = products;
        this.jdbc = jdbc;
        this.engine = new Gs1SyntaxEngine(clock);
    }

    @Transactional(readOnly = true)
    public LogisticLabel label(long packageId) {
        PackageContent content = packages.content(packageId);
        List<PackageContent.Item> items = new ArrayList<>();
        collect(content, items);
        return LogisticLabel.of(engine, content.pack().name(), content.pack().type(), homogeneous(items));
    }

    private static void collect(PackageContent content, List<PackageContent.Item> into) {
        into.addAll(content.items());
        content.children().forEach(child -> collect(child, into));
    }

    /** The one product the items are of, its count, and the lot and date they share; null when mixed or empty. */
    private LogisticLabel.Content homogeneous(List<PackageContent.Item> items) {
        Set<Long> productIds = items.stream().map(PackageContent.Item::productId).collect(Collectors.toSet());
        if (productIds.size() != 1) {
            return null;
        }
        Product product = products.get(productIds.iterator().next());
        BigDecimal count = items.stream().map(PackageContent.Item::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<Long> lotIds = items.stream().map(PackageContent.Item::lotId).filter(Objects::nonNull).collect(Collectors.toSet());
        String lot = product.tracking() == Tracking.LOT && lotIds.size() == 1 ? items.get(0).lot() : null;
        return new LogisticLabel.Content(product.name(), product.gtin(), count, lot, sharedExpiration(lotIds));
    }

    /** The expiration date every one of these lots has, or null when they differ or one has none. */
    private LocalDate sharedExpiration(Set<Long> lotIds) {
        if (lotIds.isEmpty()) {
            return null;
        }
        List<Date> dates = jdbc.sql("""
                        SELECT DISTINCT l.expiration_date
                        FROM UNNEST(:lots) AS n(lot_id) JOIN lots l ON l.id = n.lot_id
                        """)
                .param("lots", Batches.bigints(lotIds))
                .query((rs, n) -> rs.getDate("expiration_date"))
                .list();
        return dates.size() == 1 && dates.get(0) != null ? dates.get(0).toLocalDate() : null;
    }
}
