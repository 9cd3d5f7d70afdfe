package io.stocktrace.stock;

import io.stocktrace.catalog.Quantities;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What may still come back with a return: never more of a product and lot than the transfer moved, counting what
 * earlier returns of it brought back. Plain Java; the service reads the sums from the ledger.
 */
public final class ReturnQuantities {
    /** A product and its lot (null for an untracked product). */
    public record Key(long productId, Long lotId) {
    }

    /** A quantity asked back, the field of the request that asks, and how problems name product and lot. */
    public record Asked(Key key, BigDecimal quantity, String field, String label) {
    }

    private final String reference;
    private final Map<Key, BigDecimal> sent;
    private final Map<Key, BigDecimal> returned;

    /**
     * @param reference the transfer being returned, for problems
     * @param sent      what it moved, by product and lot
     * @param returned  what other returns of it (done or still open) bring back, by product and lot
     */
    public ReturnQuantities(String reference, Map<Key, BigDecimal> sent, Map<Key, BigDecimal> returned) {
        this.reference = reference;
        this.sent = Map.copyOf(sent);
        this.returned = Map.copyOf(returned);
    }

    /**
     * @throws StocktraceException return-exceeds-sent at the first line that goes beyond what was sent
     */
    public void check(List<Asked> lines) {
        Map<Key, BigDecimal> asked = new HashMap<>();
        for (Asked line : lines) {
            BigDecimal total = asked.merge(line.key(), line.quantity(), BigDecimal::add);
            BigDecimal moved = sent.getOrDefault(line.key(), BigDecimal.ZERO);
            BigDecimal back = returned.getOrDefault(line.key(), BigDecimal.ZERO);
            if (total.add(back).compareTo(moved) > 0) {
                throw exceeded(line, moved, back, total);
            }
        }
    }

    private StocktraceException exceeded(Asked line, BigDecimal moved, BigDecimal back, BigDecimal total) {
        String detail;
        if (moved.signum() == 0) {
            detail = reference + " did not move " + line.label() + "; a return can only bring back what its transfer moved.";
        } else {
            BigDecimal left = moved.subtract(back).max(BigDecimal.ZERO);
            detail = reference + " moved " + Quantities.plain(moved) + " of " + line.label()
                    + (back.signum() == 0 ? "" : " and earlier returns bring back " + Quantities.plain(back)) + ": at most "
                    + Quantities.plain(left) + " can be returned, not " + Quantities.plain(total) + ".";
        }
        return StocktraceException.atField(ProblemType.RETURN_EXCEEDS_SENT, line.field(), detail)
                .with("sent", moved).with("returned", back).with("requested", total);
    }

}
