package io.stocktrace.bench;

import io.stocktrace.bench.BulkLoad.Table;
import io.stocktrace.db.References;
import io.stocktrace.location.Locations;
import io.stocktrace.manufacturing.GenealogySplit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plant the generator runs: what is where, in whole units, and the operations that move it, written as rows in
 * the shapes the services write (a done transfer with its lines and move lines, a done manufacturing order with its
 * lines, move lines and genealogy split by {@link GenealogySplit}), so that the quants written at the end equal the
 * ledger. Stock is taken first in, first out, and never goes below zero.
 */
final class BenchPlant {
    /** A product and what one manufacturing order of it makes and consumes. */
    record Item(long id, String sku, String tracking, long batch, List<Component> bom, long vendorId, long lotSize) {
        boolean tracked() {
            return !tracking.equals("none");
        }
    }

    record Component(Item item, long quantity) {
    }

    /** A quantity of one lot (or of untracked stock, lot 0) taken from a location. */
    record Taken(long lotId, String lotName, long quantity) {
    }

    private static final class Holding {
        final long lotId;
        final String lotName;
        final Instant inDate;
        long quantity;

        Holding(long lotId, String lotName, Instant inDate, long quantity) {
            this.lotId = lotId;
            this.lotName = lotName;
            this.inDate = inDate;
            this.quantity = quantity;
        }
    }

    private static final String ACTOR = "bench";

    private final BulkLoad out;
    private final long shipping;
    private final Map<Long, Map<Long, ArrayDeque<Holding>>> stock = new HashMap<>();
    private final Map<Long, Boolean> serialProducts = new HashMap<>();
    private static final Map<String, String> SERIES = Map.of("WH/IN/", "receipt", "WH/OUT/", "delivery",
            "WH/INT/", "internal", "WH/MO/", "manufacturing");
    private final Map<String, Integer> references = new HashMap<>();
    private final Map<Long, Integer> lotNumbers = new HashMap<>();
    private final Map<Long, String> lotNames = new HashMap<>();
    private Instant clock;

    /** A plant writing through {@code out}; references continue the database's series. */
    BenchPlant(BulkLoad out, long shipping, Instant start) {
        this.out = out;
        this.shipping = shipping;
        this.clock = start;
        SERIES.forEach((series, code) -> references.put(series, (int) out.number(
                "SELECT nextval('" + References.sequence(code) + "') - 1")));
    }

    long shipping() {
        return shipping;
    }

    /** Business time moves on by one operation; a new day starts no earlier than its morning. */
    Instant tick(Instant notBefore) {
        clock = clock.isBefore(notBefore) ? notBefore : clock.plus(Duration.ofSeconds(7));
        return clock;
    }

    long onHand(long productId, long locationId) {
        long sum = 0;
        for (Holding h : holdings(locationId, productId)) {
            sum += h.quantity;
        }
        return sum;
    }

    /** A done receipt from the vendor: one new lot of each tracked item (untracked stock merges). */
    List<Long> receive(long vendorId, List<Component> lines, Instant at) {
        long transfer = transfer("receipt", "WH/IN/", vendorId, Locations.VENDORS, Locations.STOCK, at);
        List<Long> lots = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Item item = lines.get(i).item();
            long qty = lines.get(i).quantity();
            long lot = item.tracked() ? newLot(item, at) : 0;
            String name = lotName(lot);
            out.add(Table.TRANSFER_LINES, transfer, i, item.id(), nullable(lot), name, units(qty), Locations.VENDORS,
                    Locations.STOCK, false, null);
            move(item.id(), lot, qty, Locations.VENDORS, Locations.STOCK, transfer, null, ref("WH/IN/"), "receipt",
                    vendorId, at);
            put(Locations.STOCK, item, lot, name, qty, at);
            lots.add(lot);
        }
        return lots;
    }

    /**
     * A done manufacturing order: takes each component from WH/Stock (first in, first out), produces one lot of a
     * lot-tracked item or {@code batch} serials, and records the genealogy. Answers the produced lots.
     */
    List<Long> manufacture(Item item, List<Component> components, Instant at) {
        String reference = nextReference("WH/MO/");
        long order = out.add(Table.MANUFACTURING_ORDERS, reference, item.id(), units(item.batch()), "done", false,
                ACTOR, at, at);
        List<GenealogySplit.Consumed> consumed = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            out.add(Table.MANUFACTURING_ORDER_LINES, order, "component", i, c.item().id(), null, units(c.quantity()), null);
            for (Taken t : take(Locations.STOCK, c.item().id(), c.quantity())) {
                move(c.item().id(), t.lotId(), t.quantity(), Locations.STOCK, Locations.PRODUCTION, null, order,
                        reference, "manufacturing", null, at);
                if (t.lotId() != 0) {
                    consumed.add(new GenealogySplit.Consumed(t.lotId(), units(t.quantity()), null));
                }
            }
        }
        boolean serial = item.tracking().equals("serial");
        long each = serial ? 1 : item.batch();
        List<Long> produced = new ArrayList<>();
        List<GenealogySplit.Produced> producedLots = new ArrayList<>();
        for (int j = 0; j < item.batch() / each; j++) {
            long lot = newLot(item, at);
            String name = lotName(lot);
            out.add(Table.MANUFACTURING_ORDER_LINES, order, "finished", j, item.id(), name, units(each), null);
            move(item.id(), lot, each, Locations.PRODUCTION, Locations.STOCK, null, order, reference, "manufacturing",
                    null, at);
            put(Locations.STOCK, item, lot, name, each, at);
            produced.add(lot);
            producedLots.add(new GenealogySplit.Produced(lot, units(each)));
        }
        for (GenealogySplit.Link link : GenealogySplit.links(consumed, producedLots)) {
            out.add(Table.LOT_LINKS, link.consumedLotId(), link.producedLotId(), link.quantity(), order, at);
        }
        return produced;
    }

    /** A done internal transfer of these whole lots of one item from WH/Stock to the shipping location. */
    void moveToShipping(Item item, List<Long> lots, Instant at) {
        if (lots.isEmpty()) {
            return;
        }
        long transfer = transfer("internal", "WH/INT/", null, Locations.STOCK, shipping, at);
        String reference = ref("WH/INT/");
        ArrayDeque<Holding> from = holdings(Locations.STOCK, item.id());
        int line = 0;
        for (long lot : lots) {
            Holding h = from.stream().filter(x -> x.lotId == lot).findFirst().orElseThrow();
            from.remove(h);
            out.add(Table.TRANSFER_LINES, transfer, line++, item.id(), lot, h.lotName, units(h.quantity),
                    Locations.STOCK, shipping, true, h.inDate);
            move(item.id(), lot, h.quantity, Locations.STOCK, shipping, transfer, null, reference, "internal", null, at);
            put(shipping, item, lot, h.lotName, h.quantity, h.inDate);
        }
    }

    /** A done delivery to the customer of up to {@code quantity} of each item from the shipping location. */
    void deliver(long customerId, List<Component> lines, Instant at) {
        List<Component> available = lines.stream()
                .map(c -> new Component(c.item(), Math.min(c.quantity(), onHand(c.item().id(), shipping))))
                .filter(c -> c.quantity() > 0).toList();
        if (available.isEmpty()) {
            return;
        }
        long transfer = transfer("delivery", "WH/OUT/", customerId, shipping, Locations.CUSTOMERS, at);
        String reference = ref("WH/OUT/");
        int line = 0;
        for (Component c : available) {
            for (Taken t : take(shipping, c.item().id(), c.quantity())) {
                out.add(Table.TRANSFER_LINES, transfer, line++, c.item().id(), t.lotId(), t.lotName(),
                        units(t.quantity()), shipping, Locations.CUSTOMERS, true, null);
                move(c.item().id(), t.lotId(), t.quantity(), shipping, Locations.CUSTOMERS, transfer, null, reference,
                        "delivery", customerId, at);
            }
        }
    }

    /** Writes the quants of everything left in stock and moves the reference series past the references used. */
    void finish() {
        writeQuants();
        references.forEach((series, n) -> out.execute(
                "ALTER SEQUENCE " + References.sequence(SERIES.get(series)) + " RESTART WITH " + (n + 1)));
    }

    private void writeQuants() {
        stock.forEach((location, byProduct) -> byProduct.forEach((product, held) -> {
            for (Holding h : held) {
                if (h.quantity > 0) {
                    boolean serial = serialProducts.getOrDefault(product, false);
                    out.add(Table.QUANTS, product, location, nullable(h.lotId), h.lotId, units(h.quantity),
                            BigDecimal.ZERO, h.inDate, serial ? h.lotId : null);
                }
            }
        }));
    }

    private List<Taken> take(long locationId, long productId, long quantity) {
        ArrayDeque<Holding> held = holdings(locationId, productId);
        List<Taken> taken = new ArrayList<>();
        long left = quantity;
        while (left > 0) {
            Holding h = held.peekFirst();
            if (h == null) {
                throw new IllegalStateException("the generator took more of product " + productId + " than it holds");
            }
            long q = Math.min(left, h.quantity);
            taken.add(new Taken(h.lotId, h.lotName, q));
            h.quantity -= q;
            left -= q;
            if (h.quantity == 0) {
                held.removeFirst();
            }
        }
        return taken;
    }

    private void put(long locationId, Item item, long lot, String lotName, long quantity, Instant inDate) {
        serialProducts.putIfAbsent(item.id(), item.tracking().equals("serial"));
        ArrayDeque<Holding> held = holdings(locationId, item.id());
        Holding last = held.peekLast();
        if (last != null && last.lotId == lot) {
            last.quantity += quantity;
        } else {
            held.addLast(new Holding(lot, lotName, inDate, quantity));
        }
    }

    private ArrayDeque<Holding> holdings(long locationId, long productId) {
        return stock.computeIfAbsent(locationId, k -> new HashMap<>()).computeIfAbsent(productId, k -> new ArrayDeque<>());
    }

    private long newLot(Item item, Instant at) {
        int n = lotNumbers.merge(item.id(), 1, Integer::sum);
        String name = String.format(Locale.ROOT, "%s-%s%07d", item.sku(), item.tracking().equals("serial") ? "SN" : "L", n);
        long id = out.add(Table.LOTS, item.id(), name, "available", at);
        lotNames.put(id, name);
        return id;
    }

    private String lotName(long lot) {
        return lot == 0 ? null : lotNames.get(lot);
    }

    private long transfer(String type, String series, Long partner, long source, long destination, Instant at) {
        return out.add(Table.TRANSFERS, nextReference(series), type, "done", partner, source, destination, at, null,
                false, ACTOR, at, at);
    }

    private void move(long product, long lot, long quantity, long source, long destination, Long transfer, Long order,
                      String reference, String type, Long partner, Instant at) {
        out.add(Table.MOVE_LINES, product, nullable(lot), units(quantity), source, destination, transfer, order,
                reference, type, partner, at, at, ACTOR);
    }

    private String nextReference(String series) {
        return series + String.format(Locale.ROOT, "%05d", references.merge(series, 1, Integer::sum));
    }

    private String ref(String series) {
        return series + String.format(Locale.ROOT, "%05d", references.get(series));
    }

    private static Long nullable(long lot) {
        return lot == 0 ? null : lot;
    }

    static BigDecimal units(long quantity) {
        return BigDecimal.valueOf(quantity);
    }
}
