package io.stocktrace.stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which stock leaves first. FIFO: the oldest incoming date first. FEFO (products with expiry): the earliest
 * removal date first, then the oldest incoming date; stock without a removal date last. Ties go to the older quant.
 */
public enum RemovalStrategy {
    FIFO(Comparator.comparing(StockCandidate::inDate).thenComparingLong(StockCandidate::quantId)),
    FEFO(Comparator.comparing(StockCandidate::removalDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StockCandidate::inDate)
            .thenComparingLong(StockCandidate::quantId));

    private final Comparator<StockCandidate> order;

    RemovalStrategy(Comparator<StockCandidate> order) {
        this.order = order;
    }

    public Comparator<StockCandidate> order() {
        return order;
    }

    /**
     * Covers the demand from the candidates in removal order; empty when they cannot cover it all. Serial stock
     * has 1 per candidate, so each allocation is one serial.
     */
    public Optional<List<Allocation>> allocate(BigDecimal demand, List<StockCandidate> candidates) {
        List<StockCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(order);
        List<Allocation> allocations = new ArrayList<>();
        BigDecimal missing = demand;
        for (StockCandidate candidate : sorted) {
            if (missing.signum() <= 0) {
                break;
            }
            if (candidate.available().signum() <= 0) {
                continue;
            }
            BigDecimal take = candidate.available().min(missing);
            allocations.add(new Allocation(candidate, take));
            missing = missing.subtract(take);
        }
        return missing.signum() <= 0 ? Optional.of(allocations) : Optional.empty();
    }
}
