package io.stocktrace.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Stock taken out of an internal location into Virtual Locations/Scrap, lot by lot, with the reason why. */
public record Scrap(long id, String reference, long productId, long sourceLocationId, BigDecimal quantity,
                    String reason, String createdBy, Instant createdAt, List<Line> lines) {
    /** {@code lotId} and {@code lot} are null for an untracked product. */
    public record Line(Long lotId, String lot, BigDecimal quantity) {
    }
}
