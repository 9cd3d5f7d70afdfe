package io.stocktrace.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A count and what it changed: per line the quantity on hand before, the quantity counted, and their difference,
 * which moved from or to Virtual Locations/Inventory adjustment. A dry run has no id and no reference.
 */
public record InventoryAdjustment(Long id, String reference, String reason, boolean dryRun, String createdBy,
                                  Instant createdAt, List<Line> lines) {
    /** {@code lotId} is null for an untracked product, and for a lot a dry run would create. */
    public record Line(int lineNo, long productId, long locationId, Long lotId, String lot, BigDecimal onHand,
                       BigDecimal countedQuantity) {
        public BigDecimal difference() {
            return countedQuantity.subtract(onHand);
        }

        public long lotKey() {
            return lotId == null ? 0 : lotId;
        }

        Line withLot(Long id) {
            return new Line(lineNo, productId, locationId, id, lot, onHand, countedQuantity);
        }
    }
}
