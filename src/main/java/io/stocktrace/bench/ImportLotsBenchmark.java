package io.stocktrace.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench import-lots}: imports CSV files of 100,000 lots with their dates through POST /imports/lots, end to
 * end over HTTP, on a fresh H2 or PostgreSQL database, and prints the times of the dry run and of the real run.
 * Each round brings 100,000 new lot names, so the lots table grows by as many each round.
 */
public final class ImportLotsBenchmark {
    private ImportLotsBenchmark() {
    }

    public static int run(String[] args) throws Exception {
        Map<String, String> options = BenchServer.options(args);
        int lots = Integer.parseInt(options.getOrDefault("lots", "100000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        try (BenchServer server = BenchServer.start(options)) {
            System.out.printf(Locale.ROOT, "database: %s%nlots a file: %,d, rounds: %d (after 2 warm-up rounds)%n",
                    server.database(), lots, rounds);
            server.exchange("POST", "/products", """
                    {"sku":"BENCH-LOT","name":"Benchmark lot","tracking":"lot",
                     "expiry":{"expirationDays":30,"bestBeforeDays":5,"removalDays":3,"alertDays":7}}""");
            List<Double> dryRuns = new ArrayList<>();
            List<Double> imports = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int round = 0; round < rounds + 2; round++) {
                String csv = csv(round, lots);
                double dry = time(server, csv, true, lots);
                long cpuBefore = cpuNanos();
                double real = time(server, csv, false, lots);
                if (round >= 2) {
                    dryRuns.add(dry);
                    imports.add(real);
                    cpu.add((cpuNanos() - cpuBefore) / 1e9);
                }
            }
            System.out.printf(Locale.ROOT, "dry run of %,d lots: %s%n", lots, BenchServer.stats(dryRuns));
            System.out.printf(Locale.ROOT, "import of %,d lots: %s%n", lots, BenchServer.stats(imports));
            System.out.printf(Locale.ROOT, "CPU time of this JVM (client, server, database) per import: %s%n",
                    BenchServer.stats(cpu));
        }
        return 0;
    }

    /** CPU time of the whole process: on a shared machine, what the import cost apart from waiting for a core. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double time(BenchServer server, String csv, boolean dryRun, int lots) throws Exception {
        long start = System.nanoTime();
        String report = server.exchange("POST", "/imports/lots?dryRun=" + dryRun, csv, "text/csv");
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!report.contains("\"created\":" + lots) || !report.contains("\"problems\":[]")) {
            throw new IllegalStateException("import answered " + report.substring(0, Math.min(500, report.length())));
        }
        return seconds;
    }

    /** Lots with an expiration date (the others derived), every tenth with all four dates and a ref. */
    private static String csv(int round, int lots) {
        StringBuilder csv = new StringBuilder(lots * 64)
                .append("product_sku,lot,ref,expiration_date,best_before_date,removal_date,alert_date,note\n");
        LocalDate first = LocalDate.of(2027, 1, 1);
        for (int i = 0; i < lots; i++) {
            LocalDate expiration = first.plusDays(i % 700);
            csv.append("BENCH-LOT,R").append(round).append("-LOT-").append(String.format(Locale.ROOT, "%07d", i));
            if (i % 10 == 0) {
                csv.append(",PO-").append(i).append(',').append(expiration).append(',').append(expiration.minusDays(4))
                        .append(',').append(expiration.minusDays(2)).append(',').append(expiration.minusDays(9))
                        .append(",\"checked, ok\"\n");
            } else {
                csv.append(",,").append(expiration).append(",,,,\n");
            }
        }
        return csv.toString();
    }
}
