package io.stocktrace.inventory;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.location.Location;
import io.stocktrace.location.LocationService;
import io.stocktrace.lot.Lot;
import io.stocktrace.lot.LotService;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.stock.LineRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks a scrap request before anything is written: the product, an internal or transit location, a reason, and
 * the lot or serials, which must exist (blocked and expired lots may be scrapped: that is how they leave the books).
 */
@Component
class ScrapDrafts {
    /** What to scrap: the product, from where, lot by lot. */
    record Draft(Product product, Location source, String reason, List<Scrap.Line> lines) {
        BigDecimal quantity() {
            return lines.stream().map(Scrap.Line::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final ProductService products;
    private final LocationService locations;
    private final LotService lots;

    ScrapDrafts(ProductService products, LocationService locations, LotService lots) {
        this.products = products;
        this.locations = locations;
        this.lots = lots;
    }

    Draft draft(ScrapRequest request) {
        Validation v = new Validation();
        if (request == null) {
            v.add("productId", "is required").throwIfAny();
        }
        LineRules.checkShape(request.asLine(), "", v);
        v.require(request.sourceLocationId() != null, "sourceLocationId", "is required");
        v.require(request.reason() != null && !request.reason().isBlank(), "reason", "is required: say why it is scrapped");
        v.require(request.reason() == null || request.reason().length() <= 1000, "reason", "at most 1000 characters");
        v.throwIfAny();
        Product product = products.byIds(List.of(request.productId())).get(request.productId());
        Location source = locations.find(request.sourceLocationId()).orElse(null);
        v.require(product != null, "productId", "no product " + request.productId());
        v.require(source != null, "sourceLocationId", "no location " + request.sourceLocationId());
        v.throwIfAny();
        v.require(source.usage().countsAsStock(), "sourceLocationId", source.fullName()
                + " holds no stock of ours to scrap (it is a " + source.usage().wire() + " location)");
        v.throwIfAny();
        return new Draft(product, source, request.reason().strip(), lines(request, product));
    }

    private List<Scrap.Line> lines(ScrapRequest request, Product product) {
        List<LineRules.Expanded> expanded = LineRules.singleLine().expand(0, request.asLine(), product);
        if (product.tracking().isTracked() && expanded.get(0).lotName() == null) {
            throw StocktraceException.atField(ProblemType.LOT_REQUIRED, "lot", "Product " + product.sku()
                    + " is tracked by " + product.tracking().wire() + ": name the lot or serial numbers to scrap.");
        }
        Map<String, Lot> found = lots.findByNames(product.id(),
                expanded.stream().map(LineRules.Expanded::lotName).filter(n -> n != null).toList());
        List<Scrap.Line> lines = new ArrayList<>(expanded.size());
        for (int j = 0; j < expanded.size(); j++) {
            LineRules.Expanded e = expanded.get(j);
            Lot lot = e.lotName() == null ? null : found.get(e.lotName());
            if (e.lotName() != null && lot == null) {
                throw StocktraceException.atField(ProblemType.LOT_NOT_FOUND,
                        request.serials() != null ? "serials[" + j + "]" : "lot", "Product " + product.sku()
                                + " has no lot or serial number named '" + e.lotName() + "'.");
            }
            lines.add(new Scrap.Line(lot == null ? null : lot.id(), e.lotName(), e.quantity()));
        }
        return lines;
    }
}
