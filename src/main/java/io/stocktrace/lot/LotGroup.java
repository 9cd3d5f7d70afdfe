package io.stocktrace.lot;

import java.math.BigDecimal;

/** One group of the lot list grouped by product, lot name, location or status. */
public record LotGroup(String key, String label, long count, BigDecimal quantityOnHand) {
}
