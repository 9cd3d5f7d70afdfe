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
        PackProblems problems = new PackProblems();
        List<Resolved> resolved = resolveAll(List.of(lines == null ? List.of() : lines), List.of(""), problems).get(0);
        problems.throwIfAny();
        return resolved;
    }

    /**
     * The lines of many Put in Packs (the item at {@code ats[k]} has {@code lineLists[k]}), their products and lots
     * read once for all: every problem of every line goes to {@code problems}, and an item with any has null lines.
     */
    List<List<Resolved>> resolveAll(List<List<TransferRequest.Line>> lineLists, List<String> ats, PackProblems problems) {
        List<Boolean> shaped = new ArrayList<>();
        List<Long> productIds = new ArrayList<>();
        for (int k = 0; k < lineLists.size(); k++) {
            Validation v = new Validation();
            List<TransferRequest.Line> lines = lineLists.get(k);
            for (int i = 0; i < lines.size(); i++) {
                LineRules.checkShape(lines.get(i), "lines[" + i + "]", v);
            }
            shaped.add(v.isEmpty());
            if (v.isEmpty()) {
                lines.forEach(l -> productIds.add(l.productId()));
            } else {
                problems.add(ats.get(k), v);
            }
        }
        Map<Long, Product> byId = productIds.isEmpty() ? Map.of() : products.byIds(productIds);
        List<List<Resolved>> out = new ArrayList<>();
        for (int k = 0; k < lineLists.size(); k++) {
            out.add(shaped.get(k) ? expand(lineLists.get(k), byId, ats.get(k), problems) : null);
        }
        return withLots(out, ats, problems);
    }

    /** One item's lines, one per lot or serial, lots not looked up yet; null if any line has a problem. */
    private static List<Resolved> expand(List<TransferRequest.Line> lines, Map<Long, Product> byId, String at,
                                         PackProblems problems) {
        int before = problems.count();
        Validation v = new Validation();
        for (int i = 0; i < lines.size(); i++) {
            v.require(byId.containsKey(lines.get(i).productId()), "lines[" + i + "].productId",
                    "no product " + lines.get(i).productId());
        }
        if (!v.isEmpty()) {
            problems.add(at, v);
            return null;
        }
        LineRules rules = new LineRules(TransferType.INTERNAL, "lines");
        List<Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TransferRequest.Line line = lines.get(i);
            Product product = byId.get(line.productId());
            try {
                List<LineRules.Expanded> expanded = rules.expand(i, line, product);
                if (product.tracking().isTracked() && expanded.get(0).lotName() == null) {
                    throw StocktraceException.atField(ProblemType.LOT_REQUIRED, "lines[" + i + "].lot", "Product "
                            + product.sku() + " is tracked by " + product.tracking().wire()
                            + ": name the lot or serial numbers to pack or unpack on line " + i + ".");
                }
                for (int j = 0; j < expanded.size(); j++) {
                    String field = "lines[" + i + "]" + (line.serials() != null ? ".serials[" + j + "]"
                            : product.tracking().isTracked() ? ".lot" : ".quantity");
                    resolved.add(new Resolved(product, null, expanded.get(j).lotName(), expanded.get(j).quantity(),
                            field));
                }
            } catch (StocktraceException e) {
                problems.add(at, e);
            }
        }
        return problems.count() == before ? resolved : null;
    }

    /** The lines with their lots' ids (one statement a product for all items); a lot that does not exist is refused. */
    private List<List<Resolved>> withLots(List<List<Resolved>> items, List<String> ats, PackProblems problems) {
        Map<Long, List<String>> namesByProduct = new HashMap<>();
        items.stream().filter(Objects::nonNull).flatMap(List::stream).filter(r -> r.lotName() != null)
                .forEach(r -> namesByProduct.computeIfAbsent(r.product().id(), k -> new ArrayList<>()).add(r.lotName()));
        Map<Long, Map<String, Long>> found = new HashMap<>();
        namesByProduct.forEach((product, names) -> found.put(product, lots.idsByNames(product, names)));
        List<List<Resolved>> out = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            List<Resolved> resolved = items.get(k);
            if (resolved == null) {
                out.add(null);
                continue;
            }
            int before = problems.count();
            List<Resolved> withIds = new ArrayList<>(resolved.size());
            for (Resolved r : resolved) {
                Long lot = r.lotName() == null ? null : found.get(r.product().id()).get(r.lotName());
                if (r.lotName() != null && lot == null) {
                    problems.add(ats.get(k), StocktraceException.atField(ProblemType.LOT_NOT_FOUND, r.field(), "Product "
                            + r.product().sku() + " has no lot or serial number named '" + r.lotName() + "'."));
                }
                withIds.add(new Resolved(r.product(), lot, r.lotName(), r.quantity(), r.field()));
            }
            out.add(problems.count() == before ? withIds : null);
        }
        return out;
    }
}
