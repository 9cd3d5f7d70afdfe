package io.stocktrace.lot;

import java.math.BigDecimal;

/** Where a lot is now: one location with a non-zero quantity. */
public record LotQuant(long locationId, String location, String usage, BigDecimal quantity, BigDecimal reservedQuantity) {
}
