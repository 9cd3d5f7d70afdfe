package io.stocktrace.inventory;

import java.math.BigDecimal;
import java.util.List;

/** What the books say is on hand of a product, per location and lot: the lines a count starts from. */
public record CountSheet(List<Line> lines) {
    /** At most this many lines; a count of more is several counts. */
    public static final int MAX_LINES = 500;

    public record Line(long productId, long locationId, String location, Long lotId, String lot, BigDecimal onHand) {
    }
}
