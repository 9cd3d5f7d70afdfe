package io.stocktrace.stock;

import io.stocktrace.web.Crumb;
import io.stocktrace.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reporting ‣ Stock: every product on hand, tracked or not, by product (lots folded under it) or by location. */
@PageController
class StockOnHandPages {
    private final StockOnHandService stock;

    StockOnHandPages(StockOnHandService stock) {
        this.stock = stock;
    }

    @GetMapping("/stock")
    String stock(@RequestParam(required = false) String groupBy, Model model) {
        model.addAttribute("stock", stock.onHand(groupBy));
        model.addAttribute("breadcrumbs", Crumb.trail("Reporting", null, "Stock", null));
        return "stock/on-hand";
    }
}
