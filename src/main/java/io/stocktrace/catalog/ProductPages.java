package io.stocktrace.catalog;

import io.stocktrace.api.Paging;
import io.stocktrace.web.ListView;
import io.stocktrace.web.PageController;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Inventory ‣ Products ‣ Products. */
@PageController
class ProductPages {
    private final ProductService products;

    ProductPages(ProductService products) {
        this.products = products;
    }

    @GetMapping("/products")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") long offset, Model model) {
        return ListView.page(model, "Products", "Products", List.of("Internal Reference", "Name", "Tracking", "Unit"),
                products.list(null, q, Paging.of(Paging.MAX_LIMIT, offset)).items().stream()
                        .map(p -> List.of(p.sku(), p.name(), p.tracking().wire(), String.valueOf(p.uom()))).toList());
    }
}
