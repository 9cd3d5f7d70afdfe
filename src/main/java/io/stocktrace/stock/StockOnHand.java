package io.stocktrace.stock;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reporting ‣ Stock: what is on hand in our locations, every product, tracked or not, grouped by product (its
 * locations and lots folded under it) or by location.
 */
public record StockOnHand(String groupBy, List<Group> groups) {

    /** A product or a location, its total on hand and reserved, and its first rows (of {@code count} in all). */
    public record Group(long id, String label, String unit, BigDecimal quantity, BigDecimal reserved, long count,
                        List<Row> rows) {
        public long more() {
            return count - rows.size();
        }
    }

    /** A quant: a product at a location, of a lot or untracked ({@code lotId} null). */
    public record Row(long productId, String product, String unit, long locationId, String location, Long lotId,
                      String lot, BigDecimal quantity, BigDecimal reserved) {
    }
}
