package io.stocktrace.stock;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One move line to record: a quantity of a product (and lot) from one location to another. {@code reserved} is the
 * part of it that was reserved on the source quant beforehand; {@code inDate} is the incoming date the goods carry
 * to their destination; {@code freshLot} says the lot was created by this very operation, so it has no quant yet.
 * {@code label} names product and lot in problems.
 */
public record Move(long productId, boolean serial, Long lotId, BigDecimal quantity, long sourceLocationId,
                   long destinationLocationId, BigDecimal reserved, Instant inDate, boolean freshLot, String label) {
    public long lotKey() {
        return lotId == null ? 0 : lotId;
    }
}
