package io.stocktrace.bench;

import io.stocktrace.bench.BenchPlant.Component;
import io.stocktrace.bench.BenchPlant.Item;
import io.stocktrace.bench.BulkLoad.Table;
import io.stocktrace.location.Locations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A plant's history, the same for the same seed: vendors, customers, and per product family a bill of materials four
 * levels deep (raw materials, intermediates, sub-assemblies, finished goods, two of them serial-tracked). Every day
 * each family makes one order of each finished good; what that needs is made or bought first (make to order, down
 * the levels), finished goods move to WH/Stock/Shipping and part of them is delivered to customers. One "hot" lot,
 * received first, goes into the first {@link BenchSize#hotOrders} manufacturing orders at every level. Days follow
 * until the size's count of move lines is reached and the hot lot is used up.
 */
final class TraceDataGenerator {
    /** What was generated: the hot lot, the range of lot ids, the counts. */
    record Generated(long hotLotId, long firstLotId, long lastLotId, int days, long moveLines, long lots,
                     long manufacturingOrders, long transfers, long lotLinks) {
    }

    static final String SHIPPING = "WH/Stock/Shipping";
    private static final Instant START = Instant.parse("2020-01-06T06:00:00Z");
    private static final long RAW_LOT = 600;
    private static final long PACKAGING_RECEIPT = 1_000;

    private final BenchSize size;
    private final SplittableRandom random;
    private final List<Long> vendors = new ArrayList<>();
    private final List<Long> customers = new ArrayList<>();
    private BenchPlant plant;
    private Item hot;

    TraceDataGenerator(BenchSize size, long seed) {
        this.size = size;
        this.random = new SplittableRandom(seed);
    }

    /**
     * What an earlier run loaded into this database, read back: the hot lot is the first lot it made, the last is the
     * last lot of the plant's products (the serials of scenario (c) are not). Counts of days are not kept: 0.
     */
    static Generated alreadyLoaded(javax.sql.DataSource dataSource) throws java.sql.SQLException {
        try (var c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("""
                SELECT (SELECT MIN(l.id) FROM lots l JOIN products p ON p.id = l.product_id WHERE p.sku = 'HOT-FLAVOUR'),
                       (SELECT MAX(l.id) FROM lots l JOIN products p ON p.id = l.product_id WHERE p.sku <> 'BENCH-SN'),
                       (SELECT COUNT(*) FROM move_lines), (SELECT COUNT(*) FROM lots),
                       (SELECT COUNT(*) FROM manufacturing_orders), (SELECT COUNT(*) FROM transfers),
                       (SELECT COUNT(*) FROM lot_links)
                """)) {
            if (!rs.next() || rs.getObject(1) == null) {
                throw new IllegalStateException("no benchmark data in this database: run without --reuse first");
            }
            return new Generated(rs.getLong(1), rs.getLong(1), rs.getLong(2), 0, rs.getLong(3), rs.getLong(4),
                    rs.getLong(5), rs.getLong(6), rs.getLong(7));
        }
    }

    Generated generate(BulkLoad out) {
        long firstLot = out.number("SELECT COALESCE(MAX(id), 0) + 1 FROM lots");
        for (int i = 1; i <= 5 + 2 * size.families; i++) {
            vendors.add(partner(out, "Vendor", i));
        }
        for (int i = 1; i <= 25 * size.families; i++) {
            customers.add(partner(out, "Customer", i));
        }
        long shipping = out.add(Table.LOCATIONS, "Shipping", SHIPPING, "internal", Locations.STOCK, "1/2/"
                + out.number("SELECT COALESCE(MAX(id), 99) + 1 FROM locations") + "/");
        plant = new BenchPlant(out, shipping, START);
        hot = item(out, "HOT-FLAVOUR", "lot", 0, List.of());
        long hotLot = plant.receive(vendors.get(0), List.of(new Component(hot, size.hotOrders)), START).get(0);
        List<List<Item>> families = new ArrayList<>();
        for (int f = 1; f <= size.families; f++) {
            families.add(family(out, f));
        }
        int day = 0;
        while (out.count(Table.MOVE_LINES) < size.moveLines || plant.onHand(hot.id(), Locations.STOCK) > 0) {
            Instant morning = START.plus(Duration.ofDays(day++));
            for (List<Item> finished : families) {
                runDay(finished, morning);
            }
        }
        plant.finish();
        return new Generated(hotLot, firstLot, firstLot + out.count(Table.LOTS) - 1, day, out.count(Table.MOVE_LINES),
                out.count(Table.LOTS), out.count(Table.MANUFACTURING_ORDERS), out.count(Table.TRANSFERS),
                out.count(Table.LOT_LINKS));
    }

    /** One order of each finished good, today's output to shipping, deliveries to three customers. */
    private void runDay(List<Item> finished, Instant morning) {
        Map<Item, List<Long>> made = new LinkedHashMap<>();
        for (Item f : finished) {
            made.put(f, make(f, morning));
        }
        made.forEach((f, lots) -> plant.moveToShipping(f, lots, plant.tick(morning)));
        for (int c = 0; c < 3; c++) {
            long customer = customers.get(random.nextInt(customers.size()));
            List<Component> lines = new ArrayList<>();
            for (Item f : finished) {
                long share = f.tracking().equals("serial") ? (c == 0 ? 2 : 1) : 6;
                lines.add(new Component(f, share));
            }
            plant.deliver(customer, lines, plant.tick(morning));
        }
    }

    /** Makes one order of the item, after making or buying what it needs; answers the lots produced. */
    private List<Long> make(Item item, Instant morning) {
        boolean missing;
        do {
            missing = false;
            for (Component c : item.bom()) {
                while (plant.onHand(c.item().id(), Locations.STOCK) < c.quantity()) {
                    missing = true;
                    supply(c.item(), morning);
                }
            }
        } while (missing);
        List<Component> components = new ArrayList<>(item.bom());
        if (plant.onHand(hot.id(), Locations.STOCK) > 0) {
            components.add(new Component(hot, 1));
        }
        return plant.manufacture(item, components, plant.tick(morning));
    }

    private void supply(Item item, Instant morning) {
        if (!item.bom().isEmpty()) {
            make(item, morning);
            return;
        }
        long vendor = random.nextInt(5) == 0 ? vendors.get(random.nextInt(vendors.size())) : item.vendorId();
        plant.receive(vendor, List.of(new Component(item, item.lotSize())), plant.tick(morning));
    }

    /** A family's products, bills of materials and vendors; answers its finished goods. */
    private List<Item> family(BulkLoad out, int f) {
        String p = "F" + f + "-";
        List<Item> raw = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            raw.add(item(out, p + "RAW" + r, "lot", 0, List.of()));
        }
        Item packaging = item(out, p + "PACK", "none", 0, List.of());
        Item i1 = item(out, p + "INT1", "lot", 100, List.of(c(raw.get(0), 200), c(raw.get(1), 100), c(packaging, 10)));
        Item i2 = item(out, p + "INT2", "lot", 100, List.of(c(raw.get(1), 200), c(raw.get(2), 100), c(packaging, 10)));
        Item i3 = item(out, p + "INT3", "lot", 100, List.of(c(raw.get(3), 150), c(raw.get(4), 150), c(packaging, 10)));
        Item a1 = item(out, p + "ASM1", "lot", 40, List.of(c(i1, 40), c(i2, 40), c(raw.get(2), 20)));
        Item a2 = item(out, p + "ASM2", "lot", 40, List.of(c(i2, 40), c(i3, 40), c(raw.get(4), 20)));
        return List.of(item(out, p + "FIN1", "lot", 20, List.of(c(a1, 10), c(a2, 10), c(packaging, 2))),
                item(out, p + "FIN2", "lot", 20, List.of(c(a1, 10), c(a2, 10), c(packaging, 2))),
                item(out, p + "UNIT1", "serial", 5, List.of(c(a1, 5), c(a2, 5), c(packaging, 1))),
                item(out, p + "UNIT2", "serial", 5, List.of(c(a2, 5), c(a1, 5), c(packaging, 1))));
    }

    private static Component c(Item item, long quantity) {
        return new Component(item, quantity);
    }

    private Item item(BulkLoad out, String sku, String tracking, long batch, List<Component> bom) {
        long id = out.add(Table.PRODUCTS, sku, "Product " + sku, tracking, "Units", false, START);
        long vendor = vendors.get(random.nextInt(vendors.size()));
        return new Item(id, sku, tracking, batch, bom, vendor, tracking.equals("none") ? PACKAGING_RECEIPT : RAW_LOT);
    }

    private long partner(BulkLoad out, String kind, int n) {
        String name = String.format(Locale.ROOT, "%s %04d", kind, n);
        return out.add(Table.PARTNERS, name, kind.toLowerCase(Locale.ROOT) + n + "@example.com",
                "City " + random.nextInt(100), random.nextBoolean() ? "DE" : "FR", START);
    }
}
