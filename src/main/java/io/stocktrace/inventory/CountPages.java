package io.stocktrace.inventory;

import io.stocktrace.api.Paging;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.location.LocationService;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.FormRows;
import io.stocktrace.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Operations ‣ Inventory Count (managers): the books' quantities of a product per location and lot, the counted
 * quantities typed over them (and lines for lots found that the books do not hold), Preview to see the differences
 * without writing anything, then Apply.
 */
@PageController
class CountPages {
    private static final String[] INPUTS = {"productId", "locationId", "lot", "counted"};

    private final AdjustmentService adjustments;
    private final ProductService products;
    private final LocationService locations;

    CountPages(AdjustmentService adjustments, ProductService products, LocationService locations) {
        this.adjustments = adjustments;
        this.products = products;
        this.locations = locations;
    }

    @GetMapping("/inventory-count")
    String sheet(@RequestParam(required = false) Long product, @RequestParam(required = false) Long location,
                 Model model) {
        model.addAttribute("sheet", product == null ? List.of() : adjustments.sheet(product, location).lines());
        model.addAttribute("product", product);
        model.addAttribute("location", location);
        return page(model);
    }

    @PostMapping("/inventory-count")
    String count(@RequestParam(required = false) String reason, @RequestParam(defaultValue = "preview") String action,
                 HttpServletRequest request, Principal caller, Model model, RedirectAttributes redirect) {
        boolean apply = "apply".equals(action);
        List<FormRows.Row> counted = FormRows.read(request, INPUTS).stream().filter(r -> r.text("counted") != null)
                .toList();
        List<AdjustmentRequest.Line> lines = new ArrayList<>();
        counted.forEach(r -> lines.add(new AdjustmentRequest.Line(r.id("productId"), r.id("locationId"), r.text("lot"),
                r.decimal("counted"))));
        try {
            InventoryAdjustment result = adjustments.adjust(new AdjustmentRequest(reason, !apply, lines),
                    caller.getName());
            if (apply) {
                redirect.addFlashAttribute("notice", "Applied " + result.reference() + ": "
                        + result.lines().stream().filter(l -> l.difference().signum() != 0).count() + " differences booked.");
                return "redirect:/inventory-count";
            }
            model.addAttribute("preview", result.lines());
        } catch (StocktraceException e) {
            model.addAttribute("errors", FormProblems.of(e, FormFields.form().rows("lines", counted)
                    .input("reason", "Reason").input("countedQuantity", "Counted Quantity")
                    .products(products.list(null, null, Paging.of(Paging.MAX_LIMIT, 0L)).items().stream()
                            .collect(java.util.stream.Collectors.toMap(p -> p.sku(), p -> p.name())))));
        }
        model.addAttribute("rows", FormRows.read(request, INPUTS));
        model.addAttribute("reason", reason);
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("blankRow", FormRows.blank(FormRows.TEMPLATE_INDEX));
        model.addAttribute("products", products.list(null, null, Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("internalLocations", locations.list("internal", Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("locationNames", locations.list(null, Paging.of(Paging.MAX_LIMIT, 0L)).items().stream()
                .collect(java.util.stream.Collectors.toMap(l -> l.id(), l -> l.fullName())));
        model.addAttribute("productNames", products.list(null, null, Paging.of(Paging.MAX_LIMIT, 0L)).items().stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p.name())));
        model.addAttribute("breadcrumbs", Crumb.trail("Operations", null, "Inventory Count", null));
        return "inventory/count";
    }
}
