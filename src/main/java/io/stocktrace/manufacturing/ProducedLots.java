package io.stocktrace.manufacturing;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.lot.Lot;
import io.stocktrace.lot.LotDates;
import io.stocktrace.lot.LotService;
import io.stocktrace.lot.LotStatus;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.stock.ProductionStock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The lots an order produces: existing ones are found (a lot-tracked product's lot grows; a serial must not be on
 * hand anywhere), missing ones created only once every check has passed.
 */
@Component
class ProducedLots {
    private final ProductService products;
    private final LotService lots;
    private final ProductionStock stock;

    ProducedLots(ProductService products, LotService lots, ProductionStock stock) {
        this.products = products;
        this.lots = lots;
        this.stock = stock;
    }

    /** The existing lots of the finished lines, by name, checked; locks the product against concurrent creation. */
    Map<String, Lot> existing(Product product, List<OrderLine> finished) {
        Set<String> names = finished.stream().map(OrderLine::lotName).filter(n -> n != null).collect(Collectors.toSet());
        if (names.isEmpty()) {
            return Map.of();
        }
        products.lockForLotCreation(List.of(product.id()));
        Map<String, Lot> found = lots.findByNames(product.id(), names);
        for (Lot lot : found.values()) {
            if (lot.status().isBlocked()) {
                throw StocktraceException.atField(ProblemType.LOT_BLOCKED, product.tracking() == Tracking.SERIAL
                                ? "serials" : "lot", "Lot '" + lot.name() + "' of product " + product.sku() + " is "
                                + lot.status().wire() + "; nothing more can be produced into it.")
                        .with("lotId", lot.id());
            }
        }
        if (product.tracking() == Tracking.SERIAL) {
            Map<Long, String> fields = new HashMap<>();
            Map<Long, String> lotNames = new HashMap<>();
            for (OrderLine l : finished) {
                Lot lot = found.get(l.lotName());
                if (lot != null) {
                    fields.put(lot.id(), "serials[" + l.lineNo() + "]");
                    lotNames.put(lot.id(), lot.name());
                }
            }
            stock.requireSerialsNotOnHand(fields, lotNames, product.sku());
        }
        return found;
    }

    /** Creates the lots not found yet, with dates from the product's expiry; answers every produced lot by name. */
    Map<String, Lot> createMissing(Product product, List<OrderLine> finished, Map<String, Lot> existing, Instant now) {
        LocalDate today = lots.dayOf(now);
        LotDates dates = LotDates.NONE.completedFrom(product.expiry(), today);
        List<Lot> missing = finished.stream().map(OrderLine::lotName)
                .filter(n -> n != null && !existing.containsKey(n)).distinct()
                .map(n -> new Lot(0, product.id(), n, null, null, LotStatus.AVAILABLE, dates, now))
                .toList();
        Map<String, Lot> all = new HashMap<>(existing);
        if (!missing.isEmpty()) {
            all.putAll(lots.createAll(product.id(), missing));
        }
        return all;
    }
}
