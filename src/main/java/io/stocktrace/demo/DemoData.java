package io.stocktrace.demo;

import io.stocktrace.StocktraceProperties;
import io.stocktrace.SystemActor;
import io.stocktrace.api.Paging;
import io.stocktrace.catalog.Expiry;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.location.LocationService;
import io.stocktrace.location.Locations;
import io.stocktrace.partner.Partner;
import io.stocktrace.partner.PartnerService;
import io.stocktrace.stock.TransferRequest;
import io.stocktrace.stock.TransferService;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --stocktrace.demo-data=true}: a small warehouse in an empty database, so that a newcomer sees lots,
 * serials, receipts and deliveries at once. Everything goes through the same services as the API.
 */
@Component
@Order(1)
class DemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ACTOR = "demo";
    private final StocktraceProperties properties;
    private final ProductService products;
    private final PartnerService partners;
    private final LocationService locations;
    private final TransferService transfers;

    DemoData(StocktraceProperties properties, ProductService products, PartnerService partners,
             LocationService locations, TransferService transfers) {
        this.properties = properties;
        this.products = products;
        this.partners = partners;
        this.locations = locations;
        this.transfers = transfers;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(this::load);
    }

    private void load() {
        if (!properties.demoData()) {
            return;
        }
        if (products.list(null, null, Paging.of(1, 0L)).total() > 0) {
            log.info("Demo data not loaded: the database already holds products");
            return;
        }
        long bolts = products.create("BOLT-M6", "Bolts M6 (box of 100)", "none", "Boxes", null, null, false).id();
        long milk = products.create("MILK-1L", "Whole Milk 1L", "lot", "Units", "09506000134352",
                new Expiry(10, 7, 8, 2), true).id();
        long coffee = products.create("COFFEE-250", "Ground Coffee 250g", "lot", "Units", "09506000134369",
                new Expiry(365, 300, 330, 30), true).id();
        long machine = products.create("ESPRESSO-X1", "Espresso Machine X1", "serial", "Units", "09506000134376",
                null, false).id();
        long dairy = partner("Dairy Co-op", "orders@dairy.example");
        long devices = partner("Brew Devices Ltd", "sales@brewdevices.example");
        long cafe = partner("Corner Café", "hello@cornercafe.example");
        long hotel = partner("Hotel Aurora", "purchasing@aurora.example");
        long coldRoom = locations.create("Cold Room", Locations.STOCK, "internal").id();
        locations.create("Shelf A", Locations.STOCK, "internal");

        validate(transfer("receipt", dairy, null, null, "PO-1001",
                line(milk, "MILK-2611-A", 40), line(milk, "MILK-2611-B", 30)));
        validate(transfer("receipt", devices, null, null, "PO-1002",
                serials(machine, IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("EM-%04d", i)).toList()),
                line(coffee, "COF-001", 100), line(bolts, null, 500)));
        validate(transfer("internal", null, Locations.STOCK, coldRoom, null, line(milk, "MILK-2611-B", 30)));
        validate(transfer("delivery", cafe, null, null, "SO-2001",
                line(milk, null, 25), serials(machine, List.of("EM-0001", "EM-0002"))));
        validate(transfer("delivery", hotel, null, null, "SO-2002",
                line(coffee, null, 20), serials(machine, List.of("EM-0003")), line(bolts, null, 100)));
        transfers.create(new TransferRequest("delivery", hotel, null, null, null, "SO-2003", false,
                List.of(line(milk, null, 10))), ACTOR);
        log.info("Loaded the demo: 4 products, 4 partners, lots, serials, 2 receipts, 2 deliveries and a draft");
    }

    private long partner(String name, String email) {
        return partners.create(new Partner(0, name, email, null, null, null, null, null, null, null)).id();
    }

    private long transfer(String type, Long partner, Long source, Long destination, String origin,
                          TransferRequest.Line... lines) {
        return transfers.create(new TransferRequest(type, partner, source, destination, null, origin, false,
                List.of(lines)), ACTOR).id();
    }

    private void validate(long transferId) {
        transfers.validate(transferId, ACTOR);
    }

    private static TransferRequest.Line line(long product, String lot, int quantity) {
        return new TransferRequest.Line(product, BigDecimal.valueOf(quantity), lot, null, null, null, null, null);
    }

    private static TransferRequest.Line serials(long product, List<String> serials) {
        return new TransferRequest.Line(product, null, null, serials, null, null, null, null);
    }
}
