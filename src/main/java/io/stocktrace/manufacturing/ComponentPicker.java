package io.stocktrace.manufacturing;

import io.stocktrace.catalog.Product;
import io.stocktrace.lot.Lot;
import io.stocktrace.lot.LotService;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.stock.ProductionStock;
import io.stocktrace.trace.LotGraph;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Chooses the stock an order's components take: named lots must exist, be available and (unless the order allows
 * it) not expired; the others come by the removal strategy. No chosen lot may be a lot the order produces or one
 * made from it (invariant 10). Reads only.
 */
@Component
class ComponentPicker {
    private final LotService lots;
    private final ProductionStock stock;
    private final LotGraph graph;

    ComponentPicker(LotService lots, ProductionStock stock, LotGraph graph) {
        this.lots = lots;
        this.stock = stock;
        this.graph = graph;
    }

    List<ProductionStock.Taken> pick(ManufacturingOrder order, Map<Long, Product> products,
                                     Map<String, Lot> producedExisting, Instant now) {
        Map<Integer, Lot> named = namedLots(order, products);
        LocalDate today = lots.dayOf(now);
        List<ProductionStock.Demand> demands = new ArrayList<>();
        for (OrderLine c : order.components()) {
            Lot lot = c.lotName() == null ? null : named.get(c.lineNo());
            if (lot != null) {
                check(order, c, lot, products.get(c.productId()), today);
            }
            demands.add(new ProductionStock.Demand(c.lineNo(), c.productId(), lot == null ? null : lot.id(),
                    c.lotName(), c.quantity()));
        }
        Map<Long, Lot> byId = new HashMap<>();
        named.values().forEach(l -> byId.put(l.id(), l));
        List<ProductionStock.Taken> taken = stock.allocate(demands, products, byId, now);
        refuseCycles(taken, producedExisting, products);
        return taken;
    }

    /** The lot each component line names, by line (a component names at most one lot). */
    private Map<Integer, Lot> namedLots(ManufacturingOrder order, Map<Long, Product> products) {
        Map<Long, Set<String>> namesByProduct = new HashMap<>();
        order.components().stream().filter(c -> c.lotName() != null)
                .forEach(c -> namesByProduct.computeIfAbsent(c.productId(), p -> new HashSet<>()).add(c.lotName()));
        Map<Integer, Lot> byLine = new HashMap<>();
        Map<String, Lot> found = new HashMap<>();
        namesByProduct.forEach((p, names) -> lots.findByNames(p, names).forEach((n, l) -> found.put(p + "\u0000" + n, l)));
        for (OrderLine c : order.components()) {
            if (c.lotName() == null) {
                continue;
            }
            Lot lot = found.get(c.productId() + "\u0000" + c.lotName());
            if (lot == null) {
                throw StocktraceException.atField(ProblemType.LOT_NOT_FOUND, "components[" + c.lineNo() + "].lot",
                        "Product " + products.get(c.productId()).sku() + " has no lot or serial number named '"
                                + c.lotName() + "'; a manufacturing order consumes existing lots only.");
            }
            byLine.put(c.lineNo(), lot);
        }
        return byLine;
    }

    private static void check(ManufacturingOrder order, OrderLine c, Lot lot, Product product, LocalDate today) {
        String field = "components[" + c.lineNo() + "].lot";
        if (lot.status().isBlocked()) {
            throw StocktraceException.atField(ProblemType.LOT_BLOCKED, field, "Lot '" + lot.name() + "' of product "
                    + product.sku() + " is " + lot.status().adjective() + " and cannot be consumed.").with("lotId", lot.id());
        }
        if (!order.allowExpired() && lot.dates().isExpiredOn(today)) {
            throw StocktraceException.atField(ProblemType.LOT_EXPIRED, field, "Lot '" + lot.name() + "' of product "
                    + product.sku() + " expired on " + lot.dates().expirationDate()
                    + "; send allowExpired: true to consume it anyway.").with("lotId", lot.id());
        }
    }

    private void refuseCycles(List<ProductionStock.Taken> taken, Map<String, Lot> producedExisting,
                              Map<Long, Product> products) {
        if (producedExisting.isEmpty()) {
            return;
        }
        Map<Long, String> producedNames = new HashMap<>();
        producedExisting.values().forEach(l -> producedNames.put(l.id(), l.name()));
        Set<Long> descendants = graph.downstream(producedNames.keySet()).keySet();
        List<GenealogyCycles.ComponentLot> components = taken.stream().filter(t -> t.lotId() != null)
                .map(t -> new GenealogyCycles.ComponentLot("components[" + t.index() + "].lot", t.lotId(),
                        "lot '" + t.lotName() + "' of product " + products.get(t.productId()).sku()))
                .toList();
        GenealogyCycles.refuse(components, descendants, producedNames);
    }
}
