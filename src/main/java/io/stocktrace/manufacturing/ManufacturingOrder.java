package io.stocktrace.manufacturing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A manufacturing order: the finished product (serial-tracked or not) and quantity, the finished lines (one lot, or one per serial), the
 * components as asked, and once done what really moved and the genealogy links recorded.
 */
public record ManufacturingOrder(long id, String reference, long productId, boolean serialTracked, BigDecimal quantity,
                                 ManufacturingState state, boolean allowExpired, String createdBy, Instant createdAt,
                                 Instant doneAt, List<OrderLine> finished, List<OrderLine> components,
                                 List<Moved> consumed, List<Moved> produced, List<GenealogySplit.Link> links) {

    /** A move line of the order: product, lot, quantity and the location it left or reached in our stock. */
    public record Moved(long productId, Long lotId, String lot, BigDecimal quantity, long locationId) {
    }

    public ManufacturingOrder withDetails(List<OrderLine> newFinished, List<OrderLine> newComponents,
                                          List<Moved> newConsumed, List<Moved> newProduced,
                                          List<GenealogySplit.Link> newLinks) {
        return new ManufacturingOrder(id, reference, productId, serialTracked, quantity, state, allowExpired, createdBy, createdAt,
                doneAt, newFinished, newComponents, newConsumed, newProduced, newLinks);
    }
}
