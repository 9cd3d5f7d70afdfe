package io.stocktrace.stock;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.location.LocationService;
import io.stocktrace.lot.LotList;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormRows;
import io.stocktrace.web.PageController;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Inventory ‣ Operations: receipts, deliveries and internal transfers, their lists and forms; a receipt of pasted
 * serial numbers; Validate, whose problems show next to the line they concern (nothing is half-saved).
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
        model.addAttribute("title", TITLES.get(type)[0]);
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
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("lineProblems", FormRows.problems(e.errors(), "lines", null));
            return form(id, model);
        }
    }

    @GetMapping("/receipts/new")
    String newReceipt(Model model) {
        model.addAttribute("trackedProducts", products.list(null, null, Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("breadcrumbs", Crumb.trail("Receipts", "/receipts", "New", null));
        return "stock/receipt";
    }

    /**
     * A receipt of one product: a lot and quantity, or a pasted list, one serial (or lot) per line with its quantity
     * and expiration date if given.
     */
    @PostMapping("/receipts")
    String receive(@RequestParam(required = false) Long productId, @RequestParam(required = false) String lot,
                   @RequestParam(required = false) BigDecimal quantity, @RequestParam(required = false) String serials,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expirationDate,
                   Principal caller, Model model) {
        Map<String, String> errors = new HashMap<>();
        List<TransferRequest.Line> lines = List.of();
        boolean pasted = serials != null && !serials.isBlank();
        if (productId == null) {
            errors.put("productId", "Choose a product.");
        } else if (pasted) {
            boolean serial = products.get(productId).tracking() == Tracking.SERIAL;
            LotList.Parsed parsed = LotList.parse(serials, serial);
            if (!parsed.problems().isEmpty()) {
                errors.put("serials", parsed.problems().stream().map(p -> "line " + p.line() + ": " + p.message())
                        .collect(Collectors.joining("; ")));
            }
            lines = ReceiptLines.of(productId, parsed.entries(), serial, expirationDate);
        } else {
            lines = List.of(new TransferRequest.Line(productId, quantity, lot == null || lot.isBlank() ? null
                    : lot.strip(), null, expirationDate, null, null, null));
        }
        if (errors.isEmpty()) {
            try {
                Transfer draft = transfers.create(new TransferRequest("receipt", null, null, null, null, null, null,
                        lines), caller.getName());
                return "redirect:/transfers/" + draft.id();
            } catch (StocktraceException e) {
                String field = e.errors().isEmpty() ? "form" : fieldOf(e.errors().get(0).field());
                errors.put(pasted && !"form".equals(field) ? "serials" : field, e.getMessage());
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("productId", productId);
        model.addAttribute("lot", lot);
        model.addAttribute("quantity", quantity);
        model.addAttribute("serials", serials);
        model.addAttribute("expirationDate", expirationDate);
        return newReceipt(model);
    }

    /** lines[0].serials → serials; lines[0].lot → lot. */
    private static String fieldOf(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        return List.of("serials", "lot", "quantity", "productId", "expirationDate").contains(last) ? last : "form";
    }
}
