package io.stocktrace.inventory;

import java.math.BigDecimal;
import java.util.List;

/** A count: per line a product, location and lot (or serial) and the quantity found there. */
public record AdjustmentRequest(String reason, Boolean dryRun, List<Line> lines) {
    public record Line(Long productId, Long locationId, String lot, BigDecimal countedQuantity) {
    }
}
