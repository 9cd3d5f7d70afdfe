package io.stocktrace.bench;

import java.util.Locale;

/**
 * How much data the trace benchmark generates: about {@code moveLines} move lines from {@code families} product
 * families (each its own bill of materials, sharing vendors and customers) run day after day, and a hot lot consumed
 * by {@code hotOrders} manufacturing orders. XS is for tests.
 */
enum BenchSize {
    XS(2_000, 1, 50),
    S(100_000, 2, 10_000),
    M(1_000_000, 6, 10_000),
    L(10_000_000, 40, 10_000),
    XL(100_000_000, 400, 10_000);

    final long moveLines;
    final int families;
    final int hotOrders;

    BenchSize(long moveLines, int families, int hotOrders) {
        this.moveLines = moveLines;
        this.families = families;
        this.hotOrders = hotOrders;
    }

    static BenchSize parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("size must be XS, S, M, L or XL, not '" + value + "'");
        }
    }
}
