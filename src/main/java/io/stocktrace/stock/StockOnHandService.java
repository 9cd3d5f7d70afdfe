package io.stocktrace.stock;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reporting ‣ Stock: on hand per product and location, untracked products as well as lots and serials. */
@Service
public class StockOnHandService {
    /** How many rows a group shows at most; the rest is one link away (the product's lots). */
    static final int ROWS_PER_GROUP = 200;
    private final StockOnHandRepository stock;

    StockOnHandService(StockOnHandRepository stock) {
        this.stock = stock;
    }

    /** Grouped by {@code location}, or by product for anything else. */
    @Transactional(readOnly = true)
    public StockOnHand onHand(String groupBy) {
        boolean byLocation = "location".equals(groupBy);
        Map<Long, List<StockOnHand.Row>> rows = stock.rows(byLocation, ROWS_PER_GROUP).stream()
                .collect(Collectors.groupingBy(r -> byLocation ? r.locationId() : r.productId()));
        List<StockOnHand.Group> groups = stock.groups(byLocation).stream()
                .map(g -> new StockOnHand.Group(g.id(), g.label(), g.unit(), g.quantity(), g.reserved(), g.count(),
                        rows.getOrDefault(g.id(), List.of())))
                .toList();
        return new StockOnHand(byLocation ? "location" : "product", groups);
    }
}
