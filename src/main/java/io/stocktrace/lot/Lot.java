package io.stocktrace.lot;

import java.time.Instant;

/** A lot, or the serial number of one unit of a serial-tracked product. */
public record Lot(long id, long productId, String name, String ref, String note, LotStatus status, LotDates dates,
                  Instant createdAt) {
}
