package io.stocktrace.manufacturing;

import io.stocktrace.api.Paging;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.web.ListView;
import io.stocktrace.web.PageController;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Inventory ‣ Operations ‣ Manufacturing: the orders, newest first. */
@PageController
class ManufacturingPages {
    private final ManufacturingService orders;
    private final ProductService products;

    ManufacturingPages(ManufacturingService orders, ProductService products) {
        this.orders = orders;
        this.products = products;
    }

    @GetMapping("/manufacturing")
    String list(Model model) {
        List<ManufacturingOrder> page = orders.list(null, null, Paging.of(Paging.MAX_LIMIT, 0L)).items();
        Map<Long, Product> byId = products.byIds(page.stream().map(ManufacturingOrder::productId).toList());
        return ListView.page(model, "Operations", "Manufacturing Orders", List.of("Reference", "Product", "Quantity", "Status"),
                page.stream().map(o -> List.of(o.reference(), byId.get(o.productId()).name(),
                        o.quantity().stripTrailingZeros().toPlainString(), o.state().wire())).toList());
    }
}
