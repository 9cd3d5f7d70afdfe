package io.stocktrace.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * (s) of {@code bench trace --http}: a receipt of {@code count} serials through the HTTP API on the loaded database, as
 * {@code bench bulk-serials} makes it (create the transfer, validate it), then their delivery; two of each to warm up,
 * then {@code rounds} timed. The serials are of a new product, so every run receives names never seen.
 */
final class SerialsHttpScenario {
    private final BenchServer server;
    private final PrintStream report;

    SerialsHttpScenario(BenchServer server, PrintStream report) {
        this.server = server;
        this.report = report;
    }

    void run(int count, int rounds) throws Exception {
        var transfers = SerialTransfers.ofNewProduct(server::exchange,
                "BENCH-HTTP-" + Long.toString(System.currentTimeMillis(), 36));
        SerialTransfers.Rounds timed = transfers.receiveAndDeliver(count, rounds);
        report.printf(Locale.ROOT, "(s) receipt of %,d serials through HTTP (create and validate): %s%n", count,
                BenchSetup.stats(timed.receipts(), true));
        report.printf(Locale.ROOT, "(s) delivery of the same %,d serials: %s%n", count,
                BenchSetup.stats(timed.deliveries(), true));
    }
}
