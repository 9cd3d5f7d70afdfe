package io.stocktrace.inventory;

import io.stocktrace.catalog.Quantities;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.inventory.AdjustmentRepository.Place;
import io.stocktrace.inventory.AdjustmentRepository.Stocked;
import io.stocktrace.location.Location;
import io.stocktrace.location.LocationService;
import io.stocktrace.location.Locations;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.stock.Move;
import io.stocktrace.stock.SerialChecks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Compares a count with the stock: what each counted place holds (locked until the count is booked), never less
 * counted than open transfers reserved there, and a serial counted where it is not only if it is on hand nowhere
 * else, or counted 0 where it is in the same count, and is not at a customer.
 */
@Component
class CountedStock {
    private final AdjustmentRepository adjustments;
    private final SerialChecks serials;
    private final LocationService locations;

    CountedStock(AdjustmentRepository adjustments, SerialChecks serials, LocationService locations) {
        this.adjustments = adjustments;
        this.serials = serials;
        this.locations = locations;
    }

    /** The lines with what is on hand at each place now. */
    List<InventoryAdjustment.Line> compare(List<InventoryAdjustment.Line> lines, Map<Long, Product> products) {
        Map<Place, Stocked> stocked = adjustments.lockQuants(lines.stream().filter(l -> l.lot() == null || l.lotId() != null)
                .map(CountedStock::place).toList());
        List<InventoryAdjustment.Line> compared = new ArrayList<>(lines.size());
        for (InventoryAdjustment.Line l : lines) {
            Stocked s = stocked.getOrDefault(place(l), Stocked.NONE);
            if (l.countedQuantity().compareTo(s.reserved()) < 0) {
                throw reserved(l, s, products.get(l.productId()));
            }
            compared.add(new InventoryAdjustment.Line(l.lineNo(), l.productId(), l.locationId(), l.lotId(), l.lot(),
                    s.quantity(), l.countedQuantity()));
        }
        requireSerialsInOnePlace(compared, products);
        return compared;
    }

    private void requireSerialsInOnePlace(List<InventoryAdjustment.Line> lines, Map<Long, Product> products) {
        List<InventoryAdjustment.Line> arriving = lines.stream()
                .filter(l -> l.lotId() != null && products.get(l.productId()).tracking() == Tracking.SERIAL)
                .filter(l -> l.difference().signum() > 0)
                .toList();
        if (arriving.isEmpty()) {
            return;
        }
        Set<Place> countedEmpty = new HashSet<>();
        lines.stream().filter(l -> l.countedQuantity().signum() == 0).forEach(l -> countedEmpty.add(place(l)));
        Map<Long, Long> onHandAt = adjustments.serialLocations(arriving.stream().map(InventoryAdjustment.Line::lotId).toList());
        Map<Long, Map<Long, String>> fieldsByProduct = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (InventoryAdjustment.Line l : arriving) {
            Long at = onHandAt.get(l.lotId());
            if (at == null) {
                fieldsByProduct.computeIfAbsent(l.productId(), p -> new HashMap<>())
                        .put(l.lotId(), "lines[" + l.lineNo() + "].countedQuantity");
                names.put(l.lotId(), l.lot());
            } else if (!countedEmpty.contains(new Place(l.productId(), at, l.lotId()))) {
                throw elsewhere(l, products.get(l.productId()), locations.get(at));
            }
        }
        Location inventory = locations.get(Locations.INVENTORY_ADJUSTMENT);
        fieldsByProduct.forEach((product, fields) ->
                serials.requireNotOnHand(fields, names, products.get(product).sku(), inventory));
    }

    private static Place place(InventoryAdjustment.Line l) {
        return new Place(l.productId(), l.locationId(), l.lotKey());
    }

    private StocktraceException reserved(InventoryAdjustment.Line l, Stocked s, Product product) {
        return StocktraceException.atField(ProblemType.INSUFFICIENT_STOCK, "lines[" + l.lineNo() + "].countedQuantity",
                        Quantities.plain(s.reserved()) + " of " + Move.label(product, l.lot()) + " in "
                                + locations.get(l.locationId()).fullName() + " are reserved for open transfers, more than the "
                                + Quantities.plain(l.countedQuantity()) + " counted; cancel those transfers or count again.")
                .with("productId", l.productId()).with("reserved", s.reserved());
    }

    private static StocktraceException elsewhere(InventoryAdjustment.Line l, Product product, Location at) {
        return StocktraceException.atField(ProblemType.SERIAL_ALREADY_IN_STOCK,
                        "lines[" + l.lineNo() + "].countedQuantity", "Serial number '" + l.lot() + "' of product "
                                + product.sku() + " is on hand at " + at.fullName() + "; a serial number can be in one place "
                                + "only: count it 0 there in the same count, or transfer it.")
                .with("lotId", l.lotId());
    }

}
