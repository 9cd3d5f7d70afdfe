package io.stocktrace.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Durations of repeated runs, in milliseconds, with the percentiles the report prints. */
final class Timings {
    private final List<Double> millis = new ArrayList<>();

    /** Times the call and keeps the duration; answers what the call answered. */
    <T> T time(Call<T> call) throws Exception {
        long start = System.nanoTime();
        T result = call.run();
        millis.add((System.nanoTime() - start) / 1e6);
        return result;
    }

    /** Keeps a duration measured otherwise (a CPU time), in milliseconds. */
    void add(double millis) {
        this.millis.add(millis);
    }

    /** Keeps the time since {@code startNanos} (a {@link System#nanoTime()}). */
    void since(long startNanos) {
        millis.add((System.nanoTime() - startNanos) / 1e6);
    }

    interface Call<T> {
        T run() throws Exception;
    }

    int count() {
        return millis.size();
    }

    /** The nearest-rank percentile: the smallest duration at least {@code p} percent of the runs did not exceed. */
    double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    double median() {
        return percentile(50);
    }

    double min() {
        return percentile(0);
    }

    double max() {
        return percentile(100);
    }

    double total() {
        return millis.stream().mapToDouble(Double::doubleValue).sum();
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : millis < 1000 ? "%.1f ms" : "%,.0f ms", millis);
    }

    /** ours / other, as the report prints it. */
    static String ratio(double ours, double other) {
        if (Double.isNaN(ours) || Double.isNaN(other) || other == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, ours / other < 0.1 ? "%.4f" : "%.2f", ours / other);
    }
}
