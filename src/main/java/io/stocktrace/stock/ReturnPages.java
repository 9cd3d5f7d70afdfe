package io.stocktrace.stock;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.FormRows;
import io.stocktrace.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Return of a done receipt or delivery: one row per lot or serial it moved, its quantity defaulting to what was sent
 * minus what came back already; the draft return (WH/RET/) is then validated like any transfer.
 */
@PageController
class ReturnPages {
    private final ReturnService returns;
    private final TransferService transfers;
    private final ProductService products;

    ReturnPages(ReturnService returns, TransferService transfers, ProductService products) {
        this.returns = returns;
        this.transfers = transfers;
        this.products = products;
    }

    @GetMapping("/transfers/{id}/return")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("quantities", Map.of());
        return page(id, model);
    }

    @PostMapping("/transfers/{id}/return")
    String create(@PathVariable long id, HttpServletRequest request, Principal caller, Model model) {
        List<Returnable> returnable = returns.returnable(id);
        Map<Long, Product> byId = products.byIds(returnable.stream().map(Returnable::productId).toList());
        String[] quantities = request.getParameterValues("quantity");
        List<ReturnRequest.Line> lines = new ArrayList<>();
        List<FormRows.Row> rows = new ArrayList<>();
        FormProblems errors = FormProblems.none(fields(rows, byId));
        for (int i = 0; i < returnable.size() && quantities != null && i < quantities.length; i++) {
            BigDecimal quantity = quantity(quantities[i]);
            if (quantity == null || quantity.signum() < 0) {
                errors.add("lines[" + rows.size() + "].quantity", "must be a number greater than 0");
                rows.add(FormRows.blank(i));
            } else if (quantity.signum() > 0) {
                lines.add(line(returnable.get(i), byId.get(returnable.get(i).productId()), quantity));
                rows.add(FormRows.blank(i));
            }
        }
        if (lines.isEmpty() && !errors.any()) {
            errors.addGeneral("Enter a quantity to return on at least one line.");
        } else if (!errors.any()) {
            try {
                return "redirect:/transfers/" + returns.create(id, new ReturnRequest(lines), caller.getName()).id();
            } catch (StocktraceException e) {
                errors = FormProblems.of(e, fields(rows, byId));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("quantities", quantities == null ? Map.of() : indexed(quantities));
        return page(id, model);
    }

    private static FormFields fields(List<FormRows.Row> rows, Map<Long, Product> byId) {
        return FormFields.form().rows("lines", rows).input("quantity", "Quantity")
                .products(byId.values().stream().collect(Collectors.toMap(Product::sku, Product::name)));
    }

    /** The typed quantity, zero when blank, null when it is not a number. */
    private static BigDecimal quantity(String typed) {
        try {
            return typed.isBlank() ? BigDecimal.ZERO : new BigDecimal(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A serial comes back by its name, a lot by its name and quantity. */
    private static ReturnRequest.Line line(Returnable r, Product product, BigDecimal quantity) {
        return product.tracking() == Tracking.SERIAL
                ? new ReturnRequest.Line(r.productId(), null, null, List.of(r.lot()))
                : new ReturnRequest.Line(r.productId(), quantity, r.lot(), null);
    }

    private String page(long id, Model model) {
        Transfer transfer = transfers.get(id);
        List<Returnable> returnable = returns.returnable(id);
        model.addAttribute("transfer", transfer);
        model.addAttribute("returnable", returnable);
        model.addAttribute("products", products.byIds(returnable.stream().map(Returnable::productId).toList()));
        model.addAttribute("breadcrumbs", Crumb.trail(transfer.reference(), "/transfers/" + id, "Return", null));
        return "stock/return";
    }

    private static Map<Integer, String> indexed(String[] values) {
        Map<Integer, String> byIndex = new java.util.HashMap<>();
        for (int i = 0; i < values.length; i++) {
            byIndex.put(i, values[i]);
        }
        return byIndex;
    }
}
