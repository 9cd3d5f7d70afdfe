package io.stocktrace.bench;

import io.stocktrace.SystemActor;
import io.stocktrace.bench.BenchPlant.Component;
import io.stocktrace.bench.BenchPlant.Item;
import io.stocktrace.bench.BulkLoad.Table;
import io.stocktrace.stock.TransferRequest;
import io.stocktrace.stock.TransferService;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Scenario (c): a serial product with {@code stock} serials on hand (bulk-loaded as receipts of 10,000), then
 * receipts and deliveries of {@code batch} new serials through {@link TransferService} in-process (create, then
 * validate: what {@code bench bulk-serials} does over HTTP).
 */
final class SerialScenario {
    private static final int RECEIPT = 10_000;

    private final TransferService transfers;
    private final PrintStream report;
    private long product;
    private long vendor;
    private long customer;
    private int next;

    SerialScenario(TransferService transfers, PrintStream report) {
        this.transfers = transfers;
        this.report = report;
    }

    /** Loads the serials in stock; answers how many move lines that wrote. */
    long seed(BulkLoad out, long stock) {
        Instant at = Instant.parse("2019-12-30T06:00:00Z");
        vendor = out.add(Table.PARTNERS, "Serial vendor", "serials@example.com", "City 1", "DE", at);
        customer = out.add(Table.PARTNERS, "Serial customer", "buyer@example.com", "City 2", "FR", at);
        product = out.add(Table.PRODUCTS, "BENCH-SN", "Benchmark serial", "serial", "Units", false, at);
        Item item = new Item(product, "BENCH-SN", "serial", 1, List.of(), vendor, 1);
        BenchPlant plant = new BenchPlant(out, out.number("SELECT id FROM locations WHERE full_name = '"
                + TraceDataGenerator.SHIPPING + "'"), at);
        long before = out.count(Table.MOVE_LINES);
        for (long received = 0; received < stock; received += RECEIPT) {
            int n = (int) Math.min(RECEIPT, stock - received);
            plant.receive(vendor, Collections.nCopies(n, new Component(item, 1)), plant.tick(at));
        }
        plant.finish();
        return out.count(Table.MOVE_LINES) - before;
    }

    void run(long stock, int batch, int rounds) {
        for (int i = 0; i < 2; i++) {
            deliver(receive(batch, new Timings()), new Timings());
        }
        Timings in = new Timings();
        Timings outgoing = new Timings();
        for (int i = 0; i < rounds; i++) {
            deliver(receive(batch, in), outgoing);
        }
        report.printf(Locale.ROOT, "(c) %,d serials in stock: TransferService create + validate, in-process, median of %d "
                + "(min, max)%n", stock, rounds);
        report.printf(Locale.ROOT, "    receive %,d serials: %s (%s, %s)%n", batch, Timings.ms(in.median()),
                Timings.ms(in.percentile(0)), Timings.ms(in.max()));
        report.printf(Locale.ROOT, "    deliver %,d serials: %s (%s, %s)%n", batch, Timings.ms(outgoing.median()),
                Timings.ms(outgoing.percentile(0)), Timings.ms(outgoing.max()));
    }

    private List<String> receive(int batch, Timings timings) {
        List<String> serials = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            serials.add(String.format(Locale.ROOT, "NEW-%08d", next++));
        }
        createAndValidate("receipt", vendor, serials, timings);
        return serials;
    }

    private void deliver(List<String> serials, Timings timings) {
        createAndValidate("delivery", customer, serials, timings);
    }

    private void createAndValidate(String type, long partner, List<String> serials, Timings timings) {
        var line = new TransferRequest.Line(product, null, null, serials, null, null, null, null);
        long start = System.nanoTime();
        var done = SystemActor.call(() -> transfers.validate(transfers.create(new TransferRequest(type, partner, null,
                null, null, null, null, List.of(line)), "bench").id(), "bench"));
        timings.since(start);
        if (!done.state().wire().equals("done")) {
            throw new IllegalStateException(type + " " + done.reference() + " is " + done.state().wire());
        }
    }
}
