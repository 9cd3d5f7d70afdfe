package io.stocktrace.csv;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.db.References;
import io.stocktrace.location.Location;
import io.stocktrace.location.LocationService;
import io.stocktrace.lot.Lot;
import io.stocktrace.lot.LotDates;
import io.stocktrace.lot.LotService;
import io.stocktrace.lot.LotStatus;
import io.stocktrace.stock.Move;
import io.stocktrace.stock.Operation;
import io.stocktrace.stock.StockLedger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Opening stock: each row books a quantity of a product (and lot) into an internal location, from Virtual
 * Locations/Inventory adjustment, as one inventory adjustment in the ledger (WH/ADJ/...). Lots it names that do not
 * exist are created, as a receipt would; a serial the ledger already knows is refused.
 */
@Component
class StockImport implements Importer {
    static final long INVENTORY_ADJUSTMENT = 8;

    private record Booking(StockLine line, Product product, Location location) {
    }

    private final ProductService products;
    private final LocationService locations;
    private final LotService lots;
    private final StockLedger ledger;
    private final References references;

    StockImport(ProductService products, LocationService locations, LotService lots, StockLedger ledger,
                References references) {
        this.products = products;
        this.locations = locations;
        this.lots = lots;
        this.ledger = ledger;
        this.references = references;
    }

    @Override
    public CsvKind kind() {
        return CsvKind.STOCK;
    }

    @Override
    public Counts importRows(List<CsvTable.Row> rows, List<ImportProblem> problems, boolean write, String actor,
                             Instant now) {
        List<StockLine> lines = new ArrayList<>(rows.size());
        rows.forEach(row -> Optional.ofNullable(StockLine.read(row, problems)).ifPresent(lines::add));
        Map<String, Optional<Location>> byName = new HashMap<>();
        List<Booking> bookings = new ArrayList<>();
        Map<Long, Map<String, Lot>> existing = new HashMap<>();
        ImportProducts.byProduct(lines, StockLine::sku, StockLine::line, products, problems).forEach((product, own) -> {
            if (product.tracking().isTracked()
                    && !ImportProducts.tracked(product, own, StockLine::line, lots, problems)) {
                return;
            }
            existing.put(product.id(), lots.findExisting(product.id(),
                    own.stream().map(StockLine::lot).filter(l -> l != null).toList()));
            Map<String, Integer> serialLines = new HashMap<>();
            for (StockLine line : own) {
                Location location = byName.computeIfAbsent(line.location(), locations::findByFullName).orElse(null);
                if (check(line, product, location, serialLines, problems)) {
                    bookings.add(new Booking(line, product, location));
                }
            }
        });
        refuseKnownSerials(bookings, existing, problems);
        if (write && problems.isEmpty()) {
            book(bookings, existing, actor, now);
        }
        return new Counts(bookings.size(), 0);
    }

    private static boolean check(StockLine line, Product product, Location location, Map<String, Integer> serialLines,
                                 List<ImportProblem> problems) {
        int before = problems.size();
        if (location == null) {
            problems.add(new ImportProblem(line.line(), "location", "there is no location named '" + line.location()
                    + "' (give its full name, like WH/Stock)"));
        } else if (!location.usage().countsAsStock()) {
            problems.add(new ImportProblem(line.line(), "location", location.fullName() + " is a " + location.usage().wire()
                    + " location; opening stock goes into internal or transit locations"));
        }
        boolean tracked = product.tracking().isTracked();
        if (tracked && line.lot() == null) {
            problems.add(new ImportProblem(line.line(), "lot", "product " + product.sku() + " is tracked by "
                    + product.tracking().wire() + ": name the lot or serial number"));
        } else if (!tracked && line.lot() != null) {
            problems.add(new ImportProblem(line.line(), "lot", "product " + product.sku()
                    + " is not tracked by lot or serial number: leave the lot empty"));
        }
        if (product.tracking() == Tracking.SERIAL && line.lot() != null) {
            if (line.quantity().compareTo(BigDecimal.ONE) != 0) {
                problems.add(new ImportProblem(line.line(), "quantity", "a serial number counts 1, not "
                        + line.quantity().toPlainString()));
            }
            Integer earlier = serialLines.putIfAbsent(line.lot(), line.line());
            if (earlier != null) {
                problems.add(new ImportProblem(line.line(), "lot", "serial number '" + line.lot() + "' of product "
                        + product.sku() + " is already on line " + earlier));
            }
        }
        return problems.size() == before;
    }

    /** Opening stock is for serials the ledger does not know: one it has moved is received, returned or counted. */
    private void refuseKnownSerials(List<Booking> bookings, Map<Long, Map<String, Lot>> existing,
                                    List<ImportProblem> problems) {
        Map<Long, Booking> serials = new LinkedHashMap<>();
        for (Booking b : bookings) {
            Lot lot = b.product().tracking() == Tracking.SERIAL ? existing.get(b.product().id()).get(b.line().lot()) : null;
            if (lot != null) {
                serials.put(lot.id(), b);
            }
        }
        for (Long known : lots.withMoves(serials.keySet())) {
            Booking b = serials.get(known);
            problems.add(new ImportProblem(b.line().line(), "lot", "serial number '" + b.line().lot() + "' of product "
                    + b.product().sku() + " already has moves in the ledger; opening stock is for serials it does not"
                    + " know (see GET /lots/" + known + "/quants for where it is)"));
        }
    }

    private void book(List<Booking> bookings, Map<Long, Map<String, Lot>> existing, String actor, Instant now) {
        Map<Long, Map<String, Lot>> fresh = createLots(bookings, existing, now);
        List<Move> moves = new ArrayList<>(bookings.size());
        for (Booking b : bookings) {
            long productId = b.product().id();
            String name = b.line().lot();
            Lot lot = name == null ? null : existing.get(productId).getOrDefault(name, fresh.get(productId).get(name));
            moves.add(new Move(productId, b.product().tracking() == Tracking.SERIAL, lot == null ? null : lot.id(),
                    b.line().quantity(), INVENTORY_ADJUSTMENT, b.location().id(), BigDecimal.ZERO, null,
                    lot != null && !existing.get(productId).containsKey(name),
                    b.product().sku() + (name == null ? "" : " lot " + name)));
        }
        ledger.post(new Operation(references.next("adjustment"), "adjustment", null, null, null, now, actor), moves);
    }

    private Map<Long, Map<String, Lot>> createLots(List<Booking> bookings, Map<Long, Map<String, Lot>> existing,
                                                   Instant now) {
        Map<Long, Map<String, Lot>> missing = new LinkedHashMap<>();
        for (Booking b : bookings) {
            Product p = b.product();
            String name = b.line().lot();
            if (name != null && !existing.get(p.id()).containsKey(name)) {
                missing.computeIfAbsent(p.id(), x -> new LinkedHashMap<>()).putIfAbsent(name, new Lot(0, p.id(), name,
                        null, null, LotStatus.AVAILABLE, LotDates.NONE.completedFrom(p.expiry(),
                        lots.dayOf(now)), now));
            }
        }
        Map<Long, Map<String, Lot>> created = new HashMap<>();
        missing.forEach((product, byName) -> created.put(product, lots.createAll(product, new ArrayList<>(byName.values()))));
        bookings.forEach(b -> created.putIfAbsent(b.product().id(), Map.of()));
        return created;
    }
}
