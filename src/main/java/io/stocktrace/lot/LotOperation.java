package io.stocktrace.lot;

import java.math.BigDecimal;
import java.time.Instant;

/** One done move line of a lot, as the Traceability button lists it. */
public record LotOperation(long moveLineId, Instant date, String reference, String type, String sourceLocation,
                           String destinationLocation, BigDecimal quantity, String partner) {
}
