package io.stocktrace.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Stock that a reservation may take: one quant's unreserved quantity, with what the removal strategy sorts by. */
public record StockCandidate(long productId, long locationId, long lotKey, String lotName, BigDecimal available,
                             Instant inDate, LocalDate removalDate, long quantId) {
}
