package io.stocktrace.manufacturing;

import io.stocktrace.api.Paging;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Quantities;
import io.stocktrace.lot.LotList;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.FormRows;
import io.stocktrace.web.ListView;
import io.stocktrace.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Inventory ‣ Operations ‣ Manufacturing: the orders, newest first; a new order (the product, its quantity and lot or
 * serial numbers, the components with their lots and the serial each goes into); an order and its Validate.
 */
@PageController
class ManufacturingPages {
    private static final String[] COMPONENT_INPUTS = {"componentProductId", "componentQuantity", "componentLot",
            "componentForSerial"};

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
                        Quantities.plain(o.quantity()), o.state().wire())).toList(),
                page.stream().map(o -> "/manufacturing/" + o.id()).toList(), "/manufacturing/new");
    }

    @GetMapping("/manufacturing/{id}")
    String order(@PathVariable long id, Model model) {
        ManufacturingOrder order = orders.get(id);
        model.addAttribute("order", order);
        model.addAttribute("products", products.byIds(Stream.concat(Stream.of(order.productId()),
                order.components().stream().map(OrderLine::productId)).toList()));
        model.addAttribute("breadcrumbs", Crumb.trail("Manufacturing", "/manufacturing", order.reference(), null));
        return "manufacturing/order";
    }

    @PostMapping("/manufacturing/{id}/validate")
    String validate(@PathVariable long id, Principal caller, Model model) {
        try {
            orders.validate(id, caller.getName());
            return "redirect:/manufacturing/" + id;
        } catch (StocktraceException e) {
            model.addAttribute("errors", FormProblems.of(e, fields(null)));
            return order(id, model);
        }
    }

    @GetMapping("/manufacturing/new")
    String form(Model model) {
        model.addAttribute("rows", List.of(FormRows.blank(0)));
        return newPage(model);
    }

    @PostMapping("/manufacturing")
    String create(@RequestParam(required = false) Long productId, @RequestParam(required = false) BigDecimal quantity,
                  @RequestParam(required = false) String lot, @RequestParam(required = false) String serials,
                  @RequestParam(defaultValue = "false") boolean validate, HttpServletRequest request,
                  Principal caller, Model model) {
        List<FormRows.Row> rows = FormRows.read(request, COMPONENT_INPUTS);
        LotList.Parsed parsed = serials == null || serials.isBlank() ? null : LotList.parse(serials, true);
        FormProblems errors = FormProblems.none(fields(rows));
        if (parsed != null) {
            for (LotList.Problem p : parsed.problems()) {
                errors.add("serials", "Line " + p.line() + ": " + p.message());
            }
        }
        if (!errors.any()) {
            try {
                ManufacturingOrder order = orders.create(new ManufacturingOrderRequest(productId, quantity,
                        lot == null || lot.isBlank() ? null : lot.strip(),
                        parsed == null ? null : parsed.entries().stream().map(LotList.Entry::name).toList(),
                        rows.stream().map(ManufacturingPages::component).toList(), validate, null), caller.getName());
                return "redirect:/manufacturing/" + order.id();
            } catch (StocktraceException e) {
                errors = FormProblems.of(e, fields(rows));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("rows", rows.isEmpty() ? List.of(FormRows.blank(0)) : rows);
        model.addAttribute("productId", productId);
        model.addAttribute("quantity", quantity == null ? null : Quantities.plain(quantity));
        model.addAttribute("lot", lot);
        model.addAttribute("serials", serials);
        model.addAttribute("validate", validate);
        return newPage(model);
    }

    private static ManufacturingOrderRequest.Component component(FormRows.Row r) {
        return new ManufacturingOrderRequest.Component(r.id("componentProductId"), r.decimal("componentQuantity"),
                r.text("componentLot"), r.text("componentForSerial"));
    }

    /** The order's inputs and its table of components; a problem of a whole component shows on its row. */
    private FormFields fields(List<FormRows.Row> rows) {
        return FormFields.form().rows("components", rows)
                .input("productId", "Product").input("quantity", "Quantity").input("lot", "Lot Number")
                .input("serials", "Serial numbers to produce").input("forSerial", "For Serial")
                .products(products.list(null, null, Paging.of(Paging.MAX_LIMIT, 0L)).items().stream()
                        .collect(Collectors.toMap(Product::sku, Product::name)));
    }

    private String newPage(Model model) {
        model.addAttribute("blankRow", FormRows.blank(FormRows.TEMPLATE_INDEX));
        model.addAttribute("allProducts", products.list(null, null, Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("breadcrumbs", Crumb.trail("Manufacturing", "/manufacturing", "New", null));
        return "manufacturing/new";
    }
}
