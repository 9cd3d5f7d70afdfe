package io.stocktrace.manufacturing;

import io.stocktrace.catalog.Quantities;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.lot.LotName;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.settings.SettingsService;
import io.stocktrace.stock.LineRules;
import io.stocktrace.stock.TransferRequest;
import io.stocktrace.stock.TransferType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Turns a manufacturing order request into its lines: checks every field, the lot and serial rules of the finished
 * product and of each component (invariants 1 and 2), before anything is written.
 */
@Component
class ManufacturingDrafts {
    static final int MAX_COMPONENTS = 10_000;
    static final int MAX_SERIALS = 100_000;

    /** The checked lines of a request. */
    record Draft(Product product, BigDecimal quantity, List<OrderLine> finished, List<OrderLine> components) {
    }

    private final ProductService products;
    private final SettingsService settings;

    ManufacturingDrafts(ProductService products, SettingsService settings) {
        this.products = products;
        this.settings = settings;
    }

    Draft draft(ManufacturingOrderRequest r) {
        checkShape(r);
        Map<Long, Product> byId = products.byIds(Stream.concat(Stream.of(r.productId()),
                r.components().stream().map(ManufacturingOrderRequest.Component::productId)).toList());
        Validation v = new Validation();
        v.require(byId.containsKey(r.productId()), "productId", "no product " + r.productId());
        for (int i = 0; i < r.components().size(); i++) {
            Long id = r.components().get(i).productId();
            v.require(byId.containsKey(id), "components[" + i + "].productId", "no product " + id);
        }
        v.throwIfAny();
        Product product = byId.get(r.productId());
        List<OrderLine> finished = finished(r, product);
        BigDecimal quantity = finished.stream().map(OrderLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<String> serials = new HashSet<>();
        if (product.tracking() == Tracking.SERIAL) {
            finished.forEach(l -> serials.add(l.lotName()));
        }
        return new Draft(product, quantity, finished, components(r, byId, product, serials));
    }

    private static void checkShape(ManufacturingOrderRequest r) {
        Validation v = new Validation();
        v.require(r.productId() != null, "productId", "is required");
        BigDecimal q = r.quantity();
        v.require(q != null || r.serials() != null, "quantity", "is required");
        v.require(q == null || q.signum() > 0, "quantity", "must be greater than 0");
        v.require(q == null || q.stripTrailingZeros().scale() <= 4, "quantity", "at most 4 decimals");
        v.require(r.lot() == null || r.serials() == null, "serials", "give either lot or serials, not both");
        if (r.lot() != null) {
            LotName.problem(r.lot()).ifPresent(p -> v.add("lot", p));
        }
        if (r.serials() != null) {
            v.require(!r.serials().isEmpty(), "serials", "must list at least one serial number");
            v.require(r.serials().size() <= MAX_SERIALS, "serials", "at most " + MAX_SERIALS + " serial numbers");
            for (int j = 0; j < r.serials().size(); j++) {
                int index = j;
                LotName.problem(r.serials().get(j)).ifPresent(p -> v.add("serials[" + index + "]", p));
            }
        }
        v.require(r.components() != null && !r.components().isEmpty(), "components", "at least one component is required");
        v.require(r.components() == null || r.components().size() <= MAX_COMPONENTS, "components",
                "at most " + MAX_COMPONENTS + " components");
        if (r.components() != null) {
            for (int i = 0; i < r.components().size(); i++) {
                ManufacturingOrderRequest.Component c = r.components().get(i);
                LineRules.checkShape(c == null ? null : asLine(c), "components[" + i + "]", v);
                String at = "components[" + i + "].forSerial";
                if (c != null && c.forSerial() != null) {
                    LotName.problem(c.forSerial()).ifPresent(p -> v.add(at, p));
                }
            }
        }
        v.throwIfAny();
    }

    private List<OrderLine> finished(ManufacturingOrderRequest r, Product p) {
        if (!p.tracking().isTracked()) {
            if (r.lot() != null || r.serials() != null) {
                throw StocktraceException.atField(ProblemType.LOT_NOT_ALLOWED, r.lot() != null ? "lot" : "serials",
                        "Product " + p.sku() + " is not tracked by lot or serial number; produce it without a lot.");
            }
            return List.of(new OrderLine(0, p.id(), null, r.quantity(), null));
        }
        settings.requireLots("Product " + p.sku() + " is tracked by " + p.tracking().wire() + ", which");
        if (p.tracking() == Tracking.LOT) {
            if (r.serials() != null) {
                throw StocktraceException.invalid("serials", "product " + p.sku() + " is tracked by lot: give one lot and a quantity");
            }
            requireNamed(r.lot() != null, p, "lot");
            return List.of(new OrderLine(0, p.id(), LotName.normalize(r.lot()), r.quantity(), null));
        }
        List<String> names = r.serials() != null ? r.serials() : r.lot() != null ? List.of(r.lot()) : null;
        requireNamed(names != null, p, "serials");
        if (r.quantity() != null && r.quantity().compareTo(BigDecimal.valueOf(names.size())) != 0) {
            throw StocktraceException.atField(ProblemType.SERIAL_QUANTITY_NOT_ONE, "quantity", "Each serial number of "
                    + p.sku() + " counts 1: the order names " + names.size() + " but asks for "
                    + Quantities.plain(r.quantity()) + ".");
        }
        Set<String> seen = new HashSet<>();
        List<OrderLine> lines = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            String name = LotName.normalize(names.get(j));
            if (!seen.add(name)) {
                throw StocktraceException.atField(ProblemType.DUPLICATE_SERIAL_IN_TRANSFER,
                        r.serials() != null ? "serials[" + j + "]" : "lot", "Serial number '" + name + "' of product "
                                + p.sku() + " appears more than once in this order.");
            }
            lines.add(new OrderLine(j, p.id(), name, BigDecimal.ONE, null));
        }
        return lines;
    }

    private static void requireNamed(boolean named, Product p, String field) {
        if (!named) {
            throw StocktraceException.atField(ProblemType.LOT_REQUIRED, field, "Product " + p.sku() + " is tracked by "
                    + p.tracking().wire() + ": the order must name the " + (field.equals("lot") ? "lot" : "serial numbers")
                    + " it produces.");
        }
    }

    private List<OrderLine> components(ManufacturingOrderRequest r, Map<Long, Product> byId, Product finished,
                                       Set<String> producedSerials) {
        LineRules rules = new LineRules(TransferType.INTERNAL, "components");
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < r.components().size(); i++) {
            ManufacturingOrderRequest.Component c = r.components().get(i);
            Product product = byId.get(c.productId());
            if (product.tracking().isTracked()) {
                settings.requireLots("Product " + product.sku() + " is tracked by " + product.tracking().wire() + ", which");
            }
            String forSerial = c.forSerial() == null ? null : LotName.normalize(c.forSerial());
            if (forSerial != null && !producedSerials.contains(forSerial)) {
                throw StocktraceException.invalid("components[" + i + "].forSerial", finished.tracking() == Tracking.SERIAL
                        ? "'" + forSerial + "' is not one of the serial numbers this order produces"
                        : "product " + finished.sku() + " is not tracked by serial number; leave forSerial out");
            }
            for (LineRules.Expanded e : rules.expand(i, asLine(c), product)) {
                lines.add(new OrderLine(i, product.id(), e.lotName(), e.quantity(), forSerial));
            }
        }
        return lines;
    }

    private static TransferRequest.Line asLine(ManufacturingOrderRequest.Component c) {
        return new TransferRequest.Line(c.productId(), c.quantity(), c.lot(), null, null, null, null, null);
    }
}
