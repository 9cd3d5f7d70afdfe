package io.stocktrace.stock;

import io.stocktrace.api.Paging;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.location.LocationService;
import io.stocktrace.location.Locations;
import io.stocktrace.lot.LotList;
import io.stocktrace.partner.PartnerService;
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
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * New deliveries and internal transfers: several lines, each a product with a lot and quantity, or serial numbers
 * pasted one per line or scanned; problems show on the line they concern and nothing is saved.
 */
@PageController
class TransferFormPages {
    static final String[] LINE_INPUTS = {"productId", "lot", "quantity", "serials"};
    private static final Map<String, TransferType> TYPES = Map.of("/deliveries", TransferType.DELIVERY,
            "/internal-transfers", TransferType.INTERNAL);

    private final TransferService transfers;
    private final ProductService products;
    private final LocationService locations;
    private final PartnerService partners;

    TransferFormPages(TransferService transfers, ProductService products, LocationService locations,
                      PartnerService partners) {
        this.transfers = transfers;
        this.products = products;
        this.locations = locations;
        this.partners = partners;
    }

    @GetMapping({"/deliveries/new", "/internal-transfers/new"})
    String form(HttpServletRequest request, Model model) {
        String list = request.getRequestURI().substring(0, request.getRequestURI().lastIndexOf('/'));
        model.addAttribute("sourceLocationId", Locations.STOCK);
        model.addAttribute("rows", List.of(new FormRows.Row(0, Map.of())));
        return page(list, model);
    }

    @PostMapping({"/deliveries", "/internal-transfers"})
    String create(HttpServletRequest request, Principal caller, Model model) {
        String list = request.getRequestURI();
        TransferType type = TYPES.get(list);
        List<FormRows.Row> rows = FormRows.read(request, LINE_INPUTS);
        FormProblems errors = FormProblems.none(fields(rows));
        List<TransferRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            lines.add(line(i, rows.get(i), errors));
        }
        if (rows.isEmpty()) {
            errors.addGeneral("Add at least one line.");
        } else if (!errors.any()) {
            try {
                Transfer draft = transfers.create(new TransferRequest(type.wire(), id(request, "partnerId"),
                        id(request, "sourceLocationId"), id(request, "destinationLocationId"), null,
                        text(request, "origin"), null, lines), caller.getName());
                return "redirect:/transfers/" + draft.id();
            } catch (StocktraceException e) {
                errors = FormProblems.of(e, fields(rows));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("rows", rows.isEmpty() ? List.of(new FormRows.Row(0, Map.of())) : rows);
        for (String field : List.of("partnerId", "sourceLocationId", "destinationLocationId", "origin")) {
            model.addAttribute(field, text(request, field));
        }
        return page(list, model);
    }

    /** The form's inputs and its table of lines, as the rows were read from the page. */
    private FormFields fields(List<FormRows.Row> rows) {
        return FormFields.form().rows("lines", rows)
                .input("partnerId", "Customer").input("sourceLocationId", "Source Location")
                .input("destinationLocationId", "Destination Location").input("origin", "Source Document")
                .input("productId", "Product").input("lot", "Lot/Serial Number").input("quantity", "Quantity")
                .input("serials", "Serial numbers", "lines")
                .products(products.list(null, null, Paging.of(Paging.MAX_LIMIT, 0L)).items().stream()
                        .collect(Collectors.toMap(Product::sku, Product::name)));
    }

    /** A line of a lot and quantity, or of the serial numbers pasted or scanned into it. */
    private static TransferRequest.Line line(int i, FormRows.Row row, FormProblems errors) {
        String pasted = row.text("serials");
        if (pasted == null) {
            return new TransferRequest.Line(row.id("productId"), row.decimal("quantity"), row.text("lot"), null,
                    null, null, null, null);
        }
        LotList.Parsed parsed = LotList.parse(pasted, true);
        parsed.problems().forEach(p -> errors.add("lines[" + i + "].serials",
                "Serial line " + p.line() + ": " + p.message()));
        return new TransferRequest.Line(row.id("productId"), null, null,
                parsed.entries().stream().map(LotList.Entry::name).toList(), null, null, null, null);
    }

    private String page(String list, Model model) {
        TransferType type = TYPES.get(list);
        String title = type == TransferType.DELIVERY ? "Deliveries" : "Internal Transfers";
        model.addAttribute("blankRow", FormRows.blank(FormRows.TEMPLATE_INDEX));
        model.addAttribute("type", type.wire());
        model.addAttribute("action", list);
        model.addAttribute("heading", type == TransferType.DELIVERY ? "New Delivery" : "New Internal Transfer");
        model.addAttribute("products", products.list(null, null, Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("internalLocations", locations.list("internal", Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("partners", partners.list(null, Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("breadcrumbs", Crumb.trail(title, list, "New", null));
        return "stock/new-transfer";
    }

    private static Long id(HttpServletRequest request, String name) {
        String value = text(request, name);
        return value == null ? null : Long.valueOf(value);
    }

    private static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
