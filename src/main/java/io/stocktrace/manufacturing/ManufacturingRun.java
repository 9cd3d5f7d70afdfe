package io.stocktrace.manufacturing;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.location.Locations;
import io.stocktrace.lot.Lot;
import io.stocktrace.stock.Move;
import io.stocktrace.stock.Operation;
import io.stocktrace.stock.ProductionStock;
import io.stocktrace.stock.StockLedger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What validating a manufacturing order does, in the caller's transaction: checks every component and produced lot
 * against the stock as it is now, then creates the produced lots, posts the moves (components from WH/Stock into
 * production, finished goods from production into WH/Stock) and records the genealogy.
 */
@Component
class ManufacturingRun {
    private final ProductService products;
    private final ComponentPicker components;
    private final ProducedLots produced;
    private final StockLedger ledger;
    private final ManufacturingRepository orders;

    ManufacturingRun(ProductService products, ComponentPicker components, ProducedLots produced, StockLedger ledger,
                     ManufacturingRepository orders) {
        this.products = products;
        this.components = components;
        this.produced = produced;
        this.ledger = ledger;
        this.orders = orders;
    }

    void execute(ManufacturingOrder order, String actor, Instant now) {
        Map<Long, Product> byId = products.byIds(Stream.concat(Stream.of(order.productId()),
                order.components().stream().map(OrderLine::productId)).toList());
        Product product = byId.get(order.productId());
        Map<String, Lot> existing = produced.existing(product, order.finished());
        List<ProductionStock.Taken> taken = components.pick(order, byId, existing, now);
        Map<String, Lot> lots = produced.createMissing(product, order.finished(), existing, now);
        List<Move> moves = new ArrayList<>();
        for (ProductionStock.Taken t : taken) {
            Product p = byId.get(t.productId());
            moves.add(new Move(p.id(), p.tracking() == Tracking.SERIAL, t.lotId(), t.quantity(), t.locationId(),
                    Locations.PRODUCTION, BigDecimal.ZERO, t.inDate(), false, label(p, t.lotName())));
        }
        for (OrderLine f : order.finished()) {
            Lot lot = f.lotName() == null ? null : lots.get(f.lotName());
            moves.add(new Move(product.id(), product.tracking() == Tracking.SERIAL, lot == null ? null : lot.id(),
                    f.quantity(), Locations.PRODUCTION, Locations.STOCK, BigDecimal.ZERO, now,
                    lot != null && !existing.containsKey(f.lotName()), label(product, f.lotName())));
        }
        ledger.post(new Operation(order.reference(), "manufacturing", null, order.id(), null, now, actor), moves);
        orders.insertLinks(order.id(), now, GenealogySplit.links(consumed(order, taken, lots), producedLots(order, lots)));
        orders.setDone(order.id(), now);
    }

    private static List<GenealogySplit.Consumed> consumed(ManufacturingOrder order, List<ProductionStock.Taken> taken,
                                                          Map<String, Lot> lots) {
        Map<Integer, String> forSerial = new HashMap<>();
        order.components().forEach(c -> forSerial.put(c.lineNo(), c.forSerial()));
        return taken.stream().filter(t -> t.lotId() != null).map(t -> {
            String serial = forSerial.get(t.index());
            return new GenealogySplit.Consumed(t.lotId(), t.quantity(), serial == null ? null : lots.get(serial).id());
        }).toList();
    }

    private static List<GenealogySplit.Produced> producedLots(ManufacturingOrder order, Map<String, Lot> lots) {
        return order.finished().stream().filter(f -> f.lotName() != null)
                .map(f -> new GenealogySplit.Produced(lots.get(f.lotName()).id(), f.quantity())).toList();
    }

    private static String label(Product p, String lotName) {
        return lotName == null ? p.sku()
                : p.sku() + " " + (p.tracking() == Tracking.SERIAL ? "serial" : "lot") + " '" + lotName + "'";
    }
}
