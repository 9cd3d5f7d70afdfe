package io.stocktrace.trace;

import io.stocktrace.lot.LotSummary;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A trace in figures, the size of what a user reads first however big the trace: the lots reached and their operations
 * per level, the partners with the quantities that went to them (or came from them), and the stock of the lots reached.
 * {@code cursor} starts the pages of the same trace (the same bounds), so that they add up to these counts.
 */
public record TraceSummary(LotSummary lot, Trace.Direction direction, long lots, long operations, List<Level> levels,
                           List<Trace.PartnerQuantity> suppliers, List<Trace.PartnerQuantity> customers,
                           BigDecimal onHand, long lotsOnHand, BigDecimal blocked, long blockedLots, String cursor) {

    /** One level: how many lots it has and how many operations they have (level 0: the traced lot). */
    public record Level(int depth, long lots, long operations) {
    }

    /** By partner name, then id, no partner last: the order of the whole trace's totals. */
    static List<Trace.PartnerQuantity> byName(Collection<Trace.PartnerQuantity> totals) {
        return totals.stream().sorted(Comparator.comparing(Trace.PartnerQuantity::name,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Trace.PartnerQuantity::partnerId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
