package io.stocktrace.stock;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.location.LocationService;
import io.stocktrace.partner.PartnerService;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A transfer's page as Odoo's form: its contact, source document, dates, locations and state, its lines by product
 * name in the product's unit, and the buttons its state allows; after a refused action, that action's problems on
 * their lines and, for a draft, what the stock could cover.
 */
@Component
class TransferSheet {
    private final TransferService transfers;
    private final ProductService products;
    private final LocationService locations;
    private final PartnerService partners;

    TransferSheet(TransferService transfers, ProductService products, LocationService locations,
                  PartnerService partners) {
        this.transfers = transfers;
        this.products = products;
        this.locations = locations;
        this.partners = partners;
    }

    /** The page; a draft that takes our stock shows at once what each line could take, before anyone validates. */
    String show(long id, Model model) {
        Transfer transfer = transfers.get(id);
        return show(transfer, model, transfers.availability(transfer));
    }

    private String show(Transfer transfer, Model model, List<LineAvailability> availability) {
        Map<Long, Product> byId = productsOf(transfer);
        Set<Long> locationIds = new HashSet<>(List.of(transfer.sourceLocationId(), transfer.destinationLocationId()));
        transfer.lines().forEach(l -> locationIds.add(l.sourceLocationId()));
        var byLocation = locations.byIds(locationIds);
        model.addAttribute("transfer", transfer);
        model.addAttribute("packages", transfers.packages(transfer.id()));
        model.addAttribute("linePackages", transfer.state() == TransferState.DONE ? Map.of()
                : transfers.packageOfLines(transfer.id()));
        model.addAttribute("lines", SheetLine.of(transfer, byId, byLocation, availability.stream()
                .collect(Collectors.toMap(LineAvailability::lineNo, Function.identity()))));
        model.addAttribute("availability", !availability.isEmpty());
        model.addAttribute("locations", byLocation);
        model.addAttribute("partner", transfer.partnerId() == null ? null : partners.find(transfer.partnerId()).orElse(null));
        model.addAttribute("partnerLabel", switch (transfer.type()) {
            case RECEIPT -> "Receive From";
            case DELIVERY -> "Delivery Address";
            default -> "Contact";
        });
        model.addAttribute("canReserve", transfer.state() == TransferState.DRAFT
                && (transfer.type() == TransferType.DELIVERY || transfer.type() == TransferType.INTERNAL));
        String[] list = TransferPages.TITLES.get(transfer.type());
        model.addAttribute("breadcrumbs", Crumb.trail(list[0], list[1], transfer.reference(), null));
        return "stock/transfer";
    }

    /**
     * One of the page's buttons: the transfer's page again once the action is done, or with the problems of the
     * refused action and what a draft's lines could have.
     */
    String act(long id, Model model, Runnable action) {
        try {
            action.run();
            return "redirect:/transfers/" + id;
        } catch (StocktraceException e) {
            Transfer transfer = transfers.get(id);
            model.addAttribute("errors", problems(transfer, e));
            return show(transfer, model, transfers.availability(transfer));
        }
    }

    /** A refused action's problems, each on the line it names, with the products' names rather than their SKUs. */
    private FormProblems problems(Transfer transfer, StocktraceException e) {
        Map<String, String> names = productsOf(transfer).values().stream()
                .collect(Collectors.toMap(Product::sku, Product::name, (a, b) -> a));
        return FormProblems.of(e, FormFields.form().rows("lines", null)
                .input("lot", "Lot/Serial Number").input("quantity", "Quantity").products(names));
    }

    private Map<Long, Product> productsOf(Transfer transfer) {
        return products.byIds(transfer.lines().stream().map(TransferLine::productId).distinct().toList());
    }
}
