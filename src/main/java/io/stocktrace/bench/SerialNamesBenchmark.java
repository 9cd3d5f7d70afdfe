package io.stocktrace.bench;

import io.stocktrace.lot.SerialNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench serial-names}: generating 100,000 serial names from a first one (SerialNames), in this JVM, without
 * server or database: the generation alone, apart from looking the names up.
 */
public final class SerialNamesBenchmark {
    private SerialNamesBenchmark() {
    }

    public static int run(String[] args) {
        Map<String, String> options = BenchServer.options(args);
        int count = Integer.parseInt(options.getOrDefault("count", "100000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "21"));
        String first = options.getOrDefault("first", "SN-2026-000000001");
        long check = 0;
        for (int i = 0; i < 20; i++) {
            check += SerialNames.generate(first, count).size();
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            List<String> names = SerialNames.generate(first, count);
            seconds.add((System.nanoTime() - start) / 1e9);
            check += names.get(names.size() - 1).length();
        }
        System.out.printf(Locale.ROOT, "generate %,d serial names from %s (after 20 warm-up runs): %s [%d]%n", count,
                first, BenchServer.stats(seconds), check);
        return 0;
    }
}
