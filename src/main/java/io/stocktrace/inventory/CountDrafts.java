package io.stocktrace.inventory;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.location.Location;
import io.stocktrace.location.LocationService;
import io.stocktrace.lot.Lot;
import io.stocktrace.lot.LotDates;
import io.stocktrace.lot.LotService;
import io.stocktrace.lot.LotStatus;
import io.stocktrace.problem.Validation;
import io.stocktrace.settings.SettingsService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Turns a count into its lines: checks every field and line before anything is written, finds the lots it names,
 * and compares each line with the stock, whose quants stay locked until the count is booked.
 */
@Component
class CountDrafts {
    /** A count's lines, compared with the stock, and its products by id. */
    record Draft(List<InventoryAdjustment.Line> lines, Map<Long, Product> products) {
    }

    private final ProductService products;
    private final LocationService locations;
    private final LotService lots;
    private final SettingsService settings;
    private final CountedStock stock;

    CountDrafts(ProductService products, LocationService locations, LotService lots, SettingsService settings,
                CountedStock stock) {
        this.products = products;
        this.locations = locations;
        this.lots = lots;
        this.settings = settings;
        this.stock = stock;
    }

    Draft draft(AdjustmentRequest request) {
        Validation v = new Validation();
        CountRules.checkShape(request, v);
        v.throwIfAny();
        Map<Long, Product> byId = products.byIds(request.lines().stream().map(AdjustmentRequest.Line::productId).toList());
        checkPlaces(request, byId);
        // one read of the setting per count, not per serial line of an opening stock
        byId.values().stream().filter(p -> p.tracking().isTracked()).findFirst().ifPresent(p -> settings.requireLots(
                "Product " + p.sku() + " is tracked by " + p.tracking().wire() + ", which"));
        CountRules rules = new CountRules();
        List<InventoryAdjustment.Line> lines = new ArrayList<>(request.lines().size());
        for (int i = 0; i < request.lines().size(); i++) {
            AdjustmentRequest.Line line = request.lines().get(i);
            Product product = byId.get(line.productId());
            lines.add(new InventoryAdjustment.Line(i, product.id(), line.locationId(), null, rules.check(i, line, product),
                    BigDecimal.ZERO, line.countedQuantity()));
        }
        // one count or lot-creating receipt of a product at a time, so that lots found missing stay missing
        products.lockForLotCreation(new TreeSet<>(byId.keySet()));
        return new Draft(stock.compare(withLots(lines), byId), byId);
    }

    /** Creates the lots counted for the first time with a quantity; answers the lines with their lot ids. */
    List<InventoryAdjustment.Line> createMissingLots(Draft draft, Instant now) {
        Map<Long, Map<String, Lot>> missing = new LinkedHashMap<>();
        for (InventoryAdjustment.Line l : draft.lines()) {
            if (l.lot() != null && l.lotId() == null && l.countedQuantity().signum() > 0) {
                Product p = draft.products().get(l.productId());
                LotDates dates = LotDates.NONE.completedFrom(p.expiry(), lots.dayOf(now));
                missing.computeIfAbsent(p.id(), x -> new LinkedHashMap<>())
                        .putIfAbsent(l.lot(), new Lot(0, p.id(), l.lot(), null, null, LotStatus.AVAILABLE, dates, now));
            }
        }
        Map<Long, Map<String, Lot>> created = new HashMap<>();
        missing.forEach((product, byName) -> created.put(product, lots.createAll(product, new ArrayList<>(byName.values()))));
        return draft.lines().stream()
                .map(l -> l.lotId() != null || !created.containsKey(l.productId()) ? l
                        : l.withLot(lotId(created.get(l.productId()).get(l.lot()))))
                .toList();
    }

    private void checkPlaces(AdjustmentRequest request, Map<Long, Product> byId) {
        Map<Long, Location> places = locations.byIds(new TreeSet<>(request.lines().stream()
                .map(AdjustmentRequest.Line::locationId).toList()));
        Validation v = new Validation();
        for (int i = 0; i < request.lines().size(); i++) {
            AdjustmentRequest.Line line = request.lines().get(i);
            Location location = places.get(line.locationId());
            v.require(byId.containsKey(line.productId()), "lines[" + i + "].productId", "no product " + line.productId());
            v.require(location != null, "lines[" + i + "].locationId", "no location " + line.locationId());
            v.require(location == null || location.usage().countsAsStock(), "lines[" + i + "].locationId",
                    (location == null ? "" : location.fullName()) + " holds no stock of ours to count (it is a "
                            + (location == null ? "" : location.usage().wire()) + " location)");
        }
        v.throwIfAny();
    }

    private List<InventoryAdjustment.Line> withLots(List<InventoryAdjustment.Line> lines) {
        Map<Long, Set<String>> names = new LinkedHashMap<>();
        lines.stream().filter(l -> l.lot() != null)
                .forEach(l -> names.computeIfAbsent(l.productId(), p -> new TreeSet<>()).add(l.lot()));
        Map<Long, Map<String, Lot>> found = new HashMap<>();
        names.forEach((product, byName) -> found.put(product, lots.findByNames(product, byName)));
        return lines.stream()
                .map(l -> l.lot() == null ? l : l.withLot(lotId(found.get(l.productId()).get(l.lot()))))
                .toList();
    }

    private static Long lotId(Lot lot) {
        return lot == null ? null : lot.id();
    }
}
