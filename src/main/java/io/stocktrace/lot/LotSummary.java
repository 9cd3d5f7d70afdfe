package io.stocktrace.lot;

import io.stocktrace.catalog.Tracking;
import java.math.BigDecimal;

/** A lot with what the list shows beside it: its product and the quantity on hand in internal and transit locations. */
public record LotSummary(Lot lot, String productName, String productSku, Tracking tracking, BigDecimal quantityOnHand) {
}
