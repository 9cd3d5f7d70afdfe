package io.stocktrace.pack;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.limits.Limits;
import io.stocktrace.location.Location;
import io.stocktrace.location.LocationService;
import io.stocktrace.lot.LotService;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.stock.LineRules;
import io.stocktrace.stock.Move;
import io.stocktrace.stock.TransferRequest;
import io.stocktrace.stock.TransferType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Reads the lines of a Put in Pack or an Unpack into what they name, checking every line before anything is written:
 * the product, the lot or serials (which must exist: packing creates no lot), the quantity, and the bounds.
 */
@Component
class PackLines {
    /** One unit of work: a product, its lot or serial (null for an untracked product), a quantity, and its field. */
    record Resolved(Product product, Long lotId, String lotName, BigDecimal quantity, String field) {
        boolean serial() {
            return product.tracking() == Tracking.SERIAL;
        }

        String label() {
            return Move.label(product, lotName);
        }
    }

    private final ProductService products;
    private final LotService lots;
    private final LocationService locations;
    private final Limits limits;

    PackLines(ProductService products, LotService lots, LocationService locations, Limits limits) {
        this.products = products;
        this.lots = lots;
        this.locations = locations;
        this.limits = limits;
    }

    /** A location that holds our stock (internal or transit), or a validation problem on the field. */
    Location stockLocation(Long id, String field) {
        Location location = id == null ? null : locations.find(id).orElse(null);
        if (location == null) {
            throw StocktraceException.invalid(field, id == null ? "is required" : "no location " + id);
        }
        if (!location.usage().countsAsStock()) {
            throw StocktraceException.invalid(field, location.fullName() + " holds no stock of ours to pack (it is a "
                    + location.usage().wire() + " location)");
        }
        return location;
    }

    void requireBounds(List<TransferRequest.Line> lines, List<String> packages) {
        int lineCount = lines == null ? 0 : lines.size();
        limits.requireLines("lines", lineCount + (packages == null ? 0 : packages.size()));
        long serials = lines == null ? 0 : lines.stream().filter(Objects::nonNull)
                .mapToLong(l -> l.serials() == null ? 1 : l.serials().size()).sum();
        limits.requireSerials("lines", serials);
    }

    List<Resolved> resolve(List<TransferRequest.Line> lines) {
        if (lines == null || lines.isEmpty()) {
            return List.of();
        }
        Validation v = new Validation();
        for (int i = 0; i < lines.size(); i++) {
            LineRules.checkShape(lines.get(i), "lines[" + i + "]", v);
        }
        v.throwIfAny();
        Map<Long, Product> byId = products.byIds(lines.stream().map(TransferRequest.Line::productId).toList());
        for (int i = 0; i < lines.size(); i++) {
            v.require(byId.containsKey(lines.get(i).productId()), "lines[" + i + "].productId",
                    "no product " + lines.get(i).productId());
        }
        v.throwIfAny();
        LineRules rules = new LineRules(TransferType.INTERNAL, "lines");
        List<Resolved> resolved = new ArrayList<>();
        Map<Long, List<Integer>> named = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            TransferRequest.Line line = lines.get(i);
            Product product = byId.get(line.productId());
            List<LineRules.Expanded> expanded = rules.expand(i, line, product);
            if (product.tracking().isTracked() && expanded.get(0).lotName() == null) {
                throw StocktraceException.atField(ProblemType.LOT_REQUIRED, "lines[" + i + "].lot", "Product "
                        + product.sku() + " is tracked by " + product.tracking().wire()
                        + ": name the lot or serial numbers to pack or unpack on line " + i + ".");
            }
            for (int j = 0; j < expanded.size(); j++) {
                String field = "lines[" + i + "]" + (line.serials() != null ? ".serials[" + j + "]"
                        : product.tracking().isTracked() ? ".lot" : ".quantity");
                resolved.add(new Resolved(product, null, expanded.get(j).lotName(), expanded.get(j).quantity(), field));
            }
        }
        return withLots(resolved);
    }

    /** The lines with their lots' ids; a lot that does not exist is refused (lot-not-found). */
    private List<Resolved> withLots(List<Resolved> resolved) {
        Map<Long, List<String>> namesByProduct = new HashMap<>();
        resolved.stream().filter(r -> r.lotName() != null)
                .forEach(r -> namesByProduct.computeIfAbsent(r.product().id(), k -> new ArrayList<>()).add(r.lotName()));
        Map<Long, Map<String, Long>> found = new HashMap<>();
        namesByProduct.forEach((product, names) -> found.put(product, lots.idsByNames(product, names)));
        List<Resolved> out = new ArrayList<>(resolved.size());
        for (Resolved r : resolved) {
            if (r.lotName() == null) {
                out.add(r);
                continue;
            }
            Long lot = found.get(r.product().id()).get(r.lotName());
            if (lot == null) {
                throw StocktraceException.atField(ProblemType.LOT_NOT_FOUND, r.field(), "Product " + r.product().sku()
                        + " has no lot or serial number named '" + r.lotName() + "'.");
            }
            out.add(new Resolved(r.product(), lot, r.lotName(), r.quantity(), r.field()));
        }
        return out;
    }
}
