package io.stocktrace.stock;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.location.LocationService;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.PageController;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Inventory ‣ Operations: receipts, deliveries and internal transfers, their lists and forms (new ones and edits are
 * {@link TransferFormPages}); Validate, whose problems show next to the line they concern (nothing is half-saved).
 */
@PageController
class TransferPages {
    private static final Map<TransferType, String[]> TITLES = Map.of(
            TransferType.RECEIPT, new String[] {"Receipts", "/receipts"},
            TransferType.DELIVERY, new String[] {"Deliveries", "/deliveries"},
            TransferType.INTERNAL, new String[] {"Internal Transfers", "/internal-transfers"},
            TransferType.RETURN, new String[] {"Returns", "/returns"});

    private final TransferService transfers;
    private final ProductService products;
    private final LocationService locations;

    TransferPages(TransferService transfers, ProductService products, LocationService locations) {
        this.transfers = transfers;
        this.products = products;
        this.locations = locations;
    }

    @GetMapping({"/receipts", "/deliveries", "/internal-transfers", "/returns"})
    String list(@RequestParam(defaultValue = "80") int limit, @RequestParam(defaultValue = "0") long offset,
                jakarta.servlet.http.HttpServletRequest request, Model model) {
        TransferType type = TITLES.entrySet().stream().filter(e -> e.getValue()[1].equals(request.getRequestURI()))
                .findFirst().orElseThrow().getKey();
        Page<Transfer> page = transfers.list(type, null, null, Paging.of(limit, offset));
        model.addAttribute("page", page);
        model.addAttribute("type", type);
        model.addAttribute("heading", TITLES.get(type)[0]);
        model.addAttribute("newUrl", type == TransferType.RETURN ? null : TITLES.get(type)[1] + "/new");
        model.addAttribute("breadcrumbs", Crumb.trail("Operations", null, TITLES.get(type)[0], null));
        return "stock/transfers";
    }

    @GetMapping("/transfers/{id}")
    String form(@PathVariable long id, Model model) {
        Transfer transfer = transfers.get(id);
        Map<Long, Product> byId = products.byIds(transfer.lines().stream().map(TransferLine::productId).distinct().toList());
        model.addAttribute("transfer", transfer);
        model.addAttribute("products", byId);
        model.addAttribute("locations", locations.byIds(List.of(transfer.sourceLocationId(), transfer.destinationLocationId())));
        model.addAttribute("breadcrumbs", Crumb.trail(TITLES.get(transfer.type())[0], TITLES.get(transfer.type())[1],
                transfer.reference(), null));
        return "stock/transfer";
    }

    @PostMapping("/transfers/{id}/validate")
    String validate(@PathVariable long id, Principal caller, Model model) {
        try {
            transfers.validate(id, caller.getName());
            return "redirect:/transfers/" + id;
        } catch (StocktraceException e) {
            model.addAttribute("errors", FormProblems.of(e, FormFields.form().rows("lines", null)
                    .input("lot", "Lot/Serial Number").input("quantity", "Quantity")
                    .products(allProducts().stream().collect(Collectors.toMap(Product::sku, Product::name)))));
            return form(id, model);
        }
    }

    private List<Product> allProducts() {
        return products.list(null, null, Paging.of(Paging.MAX_LIMIT, 0L)).items();
    }
}
