package io.stocktrace.stock;

import io.stocktrace.api.Paging;
import io.stocktrace.calendar.SiteCalendar;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.location.LocationService;
import io.stocktrace.location.Locations;
import io.stocktrace.partner.PartnerService;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.FormRows;
import io.stocktrace.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * New Receipt, New Delivery, New Internal Transfer and a draft's Edit, one form as Odoo's detailed operations: the
 * partner, places, source document and scheduled date, and any number of lines, each with only the inputs its
 * product's tracking needs. A refused form comes back with everything typed and every problem at its field or line;
 * nothing is saved. Pages and the API call the same service methods.
 */
@PageController
class TransferFormPages {
    private static final Map<String, TransferType> TYPES = Map.of("/receipts", TransferType.RECEIPT,
            "/deliveries", TransferType.DELIVERY, "/internal-transfers", TransferType.INTERNAL);
    private static final Map<TransferType, String[]> NAMES = Map.of(
            TransferType.RECEIPT, new String[] {"Receipts", "/receipts", "New Receipt", "Receive From"},
            TransferType.DELIVERY, new String[] {"Deliveries", "/deliveries", "New Delivery", "Delivery Address"},
            TransferType.INTERNAL, new String[] {"Internal Transfers", "/internal-transfers", "New Internal Transfer",
                    "Contact"});

    private final TransferService transfers;
    private final ProductService products;
    private final LocationService locations;
    private final PartnerService partners;
    private final SiteCalendar calendar;

    TransferFormPages(TransferService transfers, ProductService products, LocationService locations,
                      PartnerService partners, SiteCalendar calendar) {
        this.transfers = transfers;
        this.products = products;
        this.locations = locations;
        this.partners = partners;
        this.calendar = calendar;
    }

    @GetMapping({"/receipts/new", "/deliveries/new", "/internal-transfers/new"})
    String form(HttpServletRequest request, Model model) {
        String uri = request.getRequestURI();
        TransferType type = TYPES.get(uri.substring(0, uri.lastIndexOf('/')));
        return page(TransferForm.blank(type, Locations.STOCK), null, allProducts(), null, model);
    }

    @PostMapping({"/receipts", "/deliveries", "/internal-transfers"})
    String create(HttpServletRequest request, Principal caller, Model model) {
        return submit(read(request, TYPES.get(request.getRequestURI())), null, caller, model);
    }

    /** A draft's form, filled; a transfer no longer a draft (or a return) shows itself, which has no Edit. */
    @GetMapping("/transfers/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Transfer transfer = transfers.get(id);
        if (transfer.state() != TransferState.DRAFT || !TYPES.containsValue(transfer.type())) {
            return "redirect:/transfers/" + id;
        }
        Map<Long, Product> all = allProducts();
        return page(TransferForm.of(transfer, all, calendar.zone(), transfers.packageEntries(id),
                transfers.packageOfLines(id)), transfer, all, null, model);
    }

    @PostMapping("/transfers/{id}/edit")
    String save(@PathVariable long id, HttpServletRequest request, Principal caller, Model model) {
        Transfer transfer = transfers.get(id);
        if (!TYPES.containsValue(transfer.type())) {
            return "redirect:/transfers/" + id;
        }
        return submit(read(request, transfer.type()), transfer, caller, model);
    }

    /** Creates the transfer, or saves the draft being edited; a refusal re-renders the form as it was typed. */
    private String submit(TransferForm form, Transfer editing, Principal caller, Model model) {
        Map<Long, Product> all = allProducts();
        TransferRequest request = form.request(all, calendar.zone());
        FormProblems errors = FormProblems.none(fields(form, all));
        form.problems().forEach(errors::add);
        if (!form.hasLines() && !form.hasPackages()) {
            errors.addGeneral("Add at least one line.");
        } else if (!errors.any()) {
            try {
                Transfer saved = editing == null ? transfers.create(request, caller.getName())
                        : transfers.update(editing.id(), DraftDates.keptFrom(editing, request), caller.getName());
                return "redirect:/transfers/" + saved.id();
            } catch (StocktraceException e) {
                errors = FormProblems.of(e, fields(form, all));
            }
        }
        return page(form, editing, all, errors, model);
    }

    /** The form's inputs, labelled as the page shows them, and the row each line of the request came from. */
    private FormFields fields(TransferForm form, Map<Long, Product> all) {
        FormFields fields = FormFields.form().rows("lines", form.requestRows())
                .input("partnerId", NAMES.get(form.type())[3]).input("sourceLocationId", "Source Location")
                .input("destinationLocationId", "Destination Location").input("origin", "Source Document")
                .input("scheduledDate", "Scheduled Date")
                .input("productId", "Product")
                .input("lot", form.type() == TransferType.RECEIPT ? "Lot Number" : "Lot/Serial Number")
                .input("quantity", "Quantity").input("serials", "Serial Numbers")
                .input("expirationDate", "Expiration Date")
                .input("package", "Package")
                .products(all.values().stream().collect(Collectors.toMap(Product::sku, Product::name)));
        if (form.type() != TransferType.RECEIPT) { // a receipt's packages are on its lines: their problems go above
            fields.input("packages", "Packages", "packages[].name", "packages[]");
        } else { // but where a package is (its pallet) and what it is come from the pallet scan
            fields.input("packageTree", "Package", "packages[].parent", "packages[].type");
        }
        return fields;
    }

    private String page(TransferForm form, Transfer editing, Map<Long, Product> all, FormProblems errors, Model model) {
        String[] names = NAMES.get(form.type());
        model.addAttribute("errors", errors);
        model.addAttribute("shapes", new LineShapes(all, errors));
        model.addAttribute("header", form.header());
        model.addAttribute("rows", form.rows());
        model.addAttribute("blankRow", FormRows.blank(FormRows.TEMPLATE_INDEX));
        model.addAttribute("type", form.type().wire());
        model.addAttribute("partnerLabel", names[3]);
        model.addAttribute("action", editing == null ? names[1] : "/transfers/" + editing.id() + "/edit");
        model.addAttribute("heading", editing == null ? names[2] : "Edit " + editing.reference());
        model.addAttribute("submitLabel", editing == null ? "Create" : "Save");
        model.addAttribute("products", all.values());
        model.addAttribute("internalLocations", locations.list("internal", Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("partners", partners.list(null, Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("breadcrumbs", editing == null ? Crumb.trail(names[0], names[1], "New", null)
                : Crumb.trail(names[0], names[1], editing.reference(), "/transfers/" + editing.id(), "Edit", null));
        return "stock/new-transfer";
    }

    private static TransferForm read(HttpServletRequest request, TransferType type) {
        Map<String, String> header = new LinkedHashMap<>();
        for (String name : TransferForm.HEADER) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                header.put(name, value.strip());
            }
        }
        return TransferForm.typed(type, header, FormRows.read(request, TransferForm.LINE_INPUTS));
    }

    /** Every product, in the order of the product list. */
    private Map<Long, Product> allProducts() {
        return products.list(null, null, Paging.of(Paging.MAX_LIMIT, 0L)).items().stream()
                .collect(Collectors.toMap(Product::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
