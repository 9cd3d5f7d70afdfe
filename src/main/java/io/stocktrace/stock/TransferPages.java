package io.stocktrace.stock;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Quantities;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.lot.LotList;
import io.stocktrace.partner.PartnerService;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.PageController;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
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
    static final Map<TransferType, String[]> TITLES = Map.of(
            TransferType.RECEIPT, new String[] {"Receipts", "/receipts"},
            TransferType.DELIVERY, new String[] {"Deliveries", "/deliveries"},
            TransferType.INTERNAL, new String[] {"Internal Transfers", "/internal-transfers"},
            TransferType.RETURN, new String[] {"Returns", "/returns"});

    private final TransferService transfers;
    private final ProductService products;
    private final TransferSheet sheet;
    private final PartnerService partners;

    TransferPages(TransferService transfers, ProductService products, TransferSheet sheet, PartnerService partners) {
        this.transfers = transfers;
        this.products = products;
        this.sheet = sheet;
        this.partners = partners;
    }

    @GetMapping({"/receipts", "/deliveries", "/internal-transfers", "/returns"})
    String list(@RequestParam(defaultValue = "80") int limit, @RequestParam(defaultValue = "0") long offset,
                jakarta.servlet.http.HttpServletRequest request, Model model) {
        TransferType type = TITLES.entrySet().stream().filter(e -> e.getValue()[1].equals(request.getRequestURI()))
                .findFirst().orElseThrow().getKey();
        Page<Transfer> page = transfers.list(type, null, null, Paging.of(limit, offset));
        model.addAttribute("page", page);
        model.addAttribute("partners", partners.byIds(page.items().stream().map(Transfer::partnerId)
                .filter(java.util.Objects::nonNull).distinct().toList()));
        model.addAttribute("type", type);
        model.addAttribute("heading", TITLES.get(type)[0]);
        model.addAttribute("newUrl", type == TransferType.RETURN ? null : TITLES.get(type)[1] + "/new");
        model.addAttribute("breadcrumbs", Crumb.trail("Operations", null, TITLES.get(type)[0], null));
        return "stock/transfers";
    }

    @GetMapping("/transfers/{id}")
    String form(@PathVariable long id, Model model) {
        return sheet.show(id, model);
    }

    @PostMapping("/transfers/{id}/validate")
    String validate(@PathVariable long id, Principal caller, Model model) {
        return sheet.act(id, model, () -> transfers.validate(id, caller.getName()));
    }

    @GetMapping("/receipts/new")
    String newReceipt(Model model) {
        model.addAttribute("trackedProducts", allProducts());
        model.addAttribute("breadcrumbs", Crumb.trail("Receipts", "/receipts", "New", null));
        return "stock/receipt";
    }

    /**
     * A receipt of one product: a lot and quantity, or a pasted list, one serial (or lot) per line with its quantity
     * and expiration date if given. A refused receipt comes back with what was typed and every problem by its field.
     */
    @PostMapping("/receipts")
    String receive(@RequestParam(required = false) Long productId, @RequestParam(required = false) String lot,
                   @RequestParam(required = false) BigDecimal quantity, @RequestParam(required = false) String serials,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expirationDate,
                   Principal caller, Model model) {
        boolean pasted = serials != null && !serials.isBlank();
        FormProblems errors = FormProblems.none(receiptFields(pasted));
        List<TransferRequest.Line> lines = List.of();
        if (productId == null) {
            errors.add("productId", "Choose a product.");
        } else if (pasted) {
            boolean serial = products.get(productId).tracking() == Tracking.SERIAL;
            LotList.Parsed parsed = LotList.parse(serials, serial);
            for (LotList.Problem p : parsed.problems()) {
                errors.add("serials", "Line " + p.line() + ": " + p.message());
            }
            lines = ReceiptLines.of(productId, parsed.entries(), serial, expirationDate);
        } else {
            lines = List.of(new TransferRequest.Line(productId, quantity, lot == null || lot.isBlank() ? null
                    : lot.strip(), null, expirationDate, null, null, null));
        }
        if (!errors.any()) {
            try {
                Transfer draft = transfers.create(new TransferRequest("receipt", null, null, null, null, null, null,
                        lines), caller.getName());
                return "redirect:/transfers/" + draft.id();
            } catch (StocktraceException e) {
                errors = FormProblems.of(e, receiptFields(pasted));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("productId", productId);
        model.addAttribute("lot", lot);
        model.addAttribute("quantity", quantity == null ? null : Quantities.plain(quantity));
        model.addAttribute("serials", serials);
        model.addAttribute("expirationDate", expirationDate);
        return newReceipt(model);
    }

    /** The receipt form's inputs; a problem of the whole line shows at the list of serials, or at the lot. */
    private FormFields receiptFields(boolean pasted) {
        return FormFields.form()
                .input("productId", "Product", "lines[].productId", "type", "lines")
                .input("serials", "Serial numbers", pasted ? "lines[]" : "lines[].serials")
                .input("lot", "Lot Number", pasted ? "lot" : "lines[]")
                .input("quantity", "Quantity", pasted ? "quantity" : "lines[].quantity")
                .input("expirationDate", "Expiration Date", "lines[].expirationDate")
                .products(allProducts().stream().collect(Collectors.toMap(Product::sku, Product::name)));
    }

    private List<Product> allProducts() {
        return products.list(null, null, Paging.of(Paging.MAX_LIMIT, 0L)).items();
    }
}
