package io.stocktrace.pack;

import io.stocktrace.api.Paging;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.location.LocationService;
import io.stocktrace.lot.LotQuant;
import io.stocktrace.lot.LotListService;
import io.stocktrace.lot.LotService;
import io.stocktrace.lot.LotSummary;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.stock.Transfer;
import io.stocktrace.stock.TransferLine;
import io.stocktrace.stock.TransferService;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.FormRows;
import io.stocktrace.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Put in Pack, as a page: opened from a lot's Location view (that lot where it is), from a done transfer (what it
 * brought, where it brought it) or from a package (more into it); a refused form comes back as typed with each problem
 * at its input, nothing packed.
 */
@PageController
class PutInPackPages {
    private final PackageService packages;
    private final ProductService products;
    private final LotService lots;
    private final LotListService lotLists;
    private final TransferService transfers;
    private final LocationService locations;

    PutInPackPages(PackageService packages, ProductService products, LotService lots, LotListService lotLists,
                   TransferService transfers, LocationService locations) {
        this.packages = packages;
        this.products = products;
        this.lots = lots;
        this.lotLists = lotLists;
        this.transfers = transfers;
        this.locations = locations;
    }

    @GetMapping("/packages/put-in-pack")
    String form(@RequestParam(required = false) Long lotId, @RequestParam(required = false) Long locationId,
                @RequestParam(required = false) Long transferId, @RequestParam(required = false) Long packageId,
                Model model) {
        List<PutInPackForm.Row> rows = new ArrayList<>();
        Long where = locationId;
        if (lotId != null) {
            LotSummary lot = lots.get(lotId);
            boolean serial = lot.tracking() == Tracking.SERIAL;
            BigDecimal here = lotLists.quants(lotId).stream().filter(q -> locationId == null || q.locationId() == locationId)
                    .filter(q -> "internal".equals(q.usage())).map(LotQuant::quantity).findFirst().orElse(null);
            rows.add(new PutInPackForm.Row(0, lot.lot().productId(), lot.productName(), serial,
                    serial ? null : lot.lot().name(), serial || here == null ? null : here.stripTrailingZeros().toPlainString(),
                    serial ? lot.lot().name() : null));
        }
        if (transferId != null) {
            Transfer transfer = transfers.get(transferId);
            where = transfer.destinationLocationId();
            rows.addAll(rowsOf(transfer.lines(), rows.size()));
        }
        String existing = packageId == null ? null : packages.get(packageId).name();
        if (packageId != null) {
            where = packages.get(packageId).locationId();
        }
        PutInPackForm form = new PutInPackForm(existing == null ? "new" : "existing", existing, null, "box", where, rows,
                null, transferId, lotId);
        return page(form, null, model);
    }

    @PostMapping("/packages/put-in-pack")
    String pack(HttpServletRequest request, Principal caller, Model model) {
        PutInPackForm form = read(request);
        Map<String, String> typed = new LinkedHashMap<>();
        List<io.stocktrace.stock.TransferRequest.Line> lines = form.lines(typed);
        FormProblems errors = FormProblems.none(fields(form));
        typed.forEach(errors::add);
        Long packageId = null;
        if (!form.intoNew()) {
            packageId = existing(form, errors);
        }
        if (lines.isEmpty() && form.packageList().isEmpty()) {
            errors.addGeneral("Enter a quantity or serial numbers on a line, or packages to put in.");
        }
        if (!errors.any()) {
            try {
                PackRequest pack = new PackRequest(packageId, form.intoNew() ? new PackageRequest(form.name(), form.type(),
                        null, form.locationId()) : null, lines, form.packageList());
                return "redirect:/packages/" + packages.putInPack(pack, caller.getName()).pack().id();
            } catch (StocktraceException e) {
                errors = FormProblems.of(e, fields(form));
            }
        }
        return page(form, errors, model);
    }

    /** The package scanned or typed, its problem at its input when there is none of that name. */
    private Long existing(PutInPackForm form, FormProblems errors) {
        if (form.packageName() == null) {
            errors.add("packageName", "is required: scan or type the package's SSCC or name");
            return null;
        }
        try {
            return packages.byName(form.packageName()).id();
        } catch (StocktraceException e) {
            errors.add("packageName", "no package is named " + form.packageName());
            return null;
        }
    }

    private FormFields fields(PutInPackForm form) {
        return form.fields(products.byIds(form.rows().stream().map(PutInPackForm.Row::productId)
                .filter(java.util.Objects::nonNull).toList()).values().stream()
                .collect(Collectors.toMap(Product::sku, Product::name, (a, b) -> a)));
    }

    /** A done transfer's lines: a row per lot, one per product for its serials. */
    private List<PutInPackForm.Row> rowsOf(List<TransferLine> lines, int first) {
        Map<Long, Product> byId = products.byIds(lines.stream().map(TransferLine::productId).distinct().toList());
        Map<String, List<TransferLine>> grouped = lines.stream().collect(Collectors.groupingBy(l ->
                byId.get(l.productId()).tracking() == Tracking.SERIAL ? "s" + l.productId() : "l" + l.productId() + "|" + l.lotName(),
                LinkedHashMap::new, Collectors.toList()));
        List<PutInPackForm.Row> rows = new ArrayList<>();
        for (List<TransferLine> group : grouped.values()) {
            Product product = byId.get(group.get(0).productId());
            boolean serial = product.tracking() == Tracking.SERIAL;
            BigDecimal quantity = group.stream().map(TransferLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(new PutInPackForm.Row(first + rows.size(), product.id(), product.name(), serial,
                    serial ? null : group.get(0).lotName(), serial ? null : quantity.stripTrailingZeros().toPlainString(),
                    serial ? group.stream().map(TransferLine::lotName).collect(Collectors.joining("\n")) : null));
        }
        return rows;
    }

    private static PutInPackForm read(HttpServletRequest request) {
        List<FormRows.Row> typed = FormRows.read(request, "productId", "product", "serial", "lot", "quantity", "serials");
        List<PutInPackForm.Row> rows = typed.stream().map(r -> new PutInPackForm.Row(r.index(), number(r.text("productId")),
                r.text("product"), "true".equals(r.text("serial")), r.values().get("lot"), r.values().get("quantity"),
                r.values().get("serials"))).toList();
        return new PutInPackForm(request.getParameter("target"), FormFields.text(request.getParameter("packageName")),
                FormFields.text(request.getParameter("name")), FormFields.text(request.getParameter("type")),
                number(request.getParameter("locationId")), rows, request.getParameter("packages"),
                number(request.getParameter("fromTransferId")), number(request.getParameter("fromLotId")));
    }

    /** An id the page sent; anything else (a hand-made request) is no id, which the service then names. */
    private static Long number(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String page(PutInPackForm form, FormProblems errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", PutInPackForm.TYPES);
        model.addAttribute("internalLocations", locations.list("internal", Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("breadcrumbs", Crumb.trail("Packages", "/packages", "Put in Pack", null));
        return "pack/put-in-pack";
    }
}
