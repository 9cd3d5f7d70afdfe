package io.stocktrace.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the clients of {@code bench load} saw, per kind of operation: each latency (nanoseconds) and the refusals by
 * HTTP status. Only operations that start after the warm-up ({@code measureFrom}, a {@link System#nanoTime()}) are kept.
 */
final class LoadStats {
    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();
    private final long measureFrom;

    private static final class Kind {
        private final List<Long> nanos = new ArrayList<>();
        private final Map<String, Integer> errors = new TreeMap<>();

        synchronized void ok(long took) {
            nanos.add(took);
        }

        synchronized void error(String status) {
            errors.merge(status, 1, Integer::sum);
        }
    }

    LoadStats(long measureFrom) {
        this.measureFrom = measureFrom;
    }

    void ok(String kind, long start, long nanos) {
        if (start >= measureFrom) {
            kinds.computeIfAbsent(kind, k -> new Kind()).ok(nanos);
        }
    }

    /** A refused or failed operation: its HTTP status, or the exception's class when no answer came. */
    void error(String kind, long start, String status) {
        if (start >= measureFrom) {
            kinds.computeIfAbsent(kind, k -> new Kind()).error(status);
        }
    }

    long count(String kind) {
        Kind k = kinds.get(kind);
        return k == null ? 0 : k.nanos.size();
    }

    long operations() {
        return kinds.values().stream().mapToLong(k -> k.nanos.size()).sum();
    }

    long errors() {
        return kinds.values().stream().flatMap(k -> k.errors.values().stream()).mapToLong(Integer::longValue).sum();
    }

    void print(PrintStream out, double seconds) {
        out.printf(Locale.ROOT, "%-16s %8s %9s %9s %9s %9s  %s%n", "kind", "count", "per s", "p50 ms", "p99 ms", "max ms",
                "errors (by status)");
        new TreeMap<>(kinds).forEach((name, k) -> {
            List<Long> sorted = k.nanos.stream().sorted().toList();
            out.printf(Locale.ROOT, "%-16s %8d %9.1f %9s %9s %9s  %s%n", name, sorted.size(), sorted.size() / seconds,
                    millis(sorted, 0.50), millis(sorted, 0.99), millis(sorted, 1.0),
                    k.errors.isEmpty() ? "-" : k.errors);
        });
    }

    /** The quantile (nearest rank) in milliseconds, "-" when nothing was measured. */
    static String millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int rank = Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1);
        return String.format(Locale.ROOT, "%.1f", sorted.get(rank) / 1e6);
    }
}
