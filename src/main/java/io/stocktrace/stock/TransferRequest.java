package io.stocktrace.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A transfer as a client asks for it; every field is checked by {@link TransferDrafts}. */
public record TransferRequest(String type, Long partnerId, Long sourceLocationId, Long destinationLocationId,
                              Instant scheduledDate, String origin, Boolean allowExpired, List<Line> lines) {

    /** A product and quantity, with a lot name, or a list of serials (each counting 1). */
    public record Line(Long productId, BigDecimal quantity, String lot, List<String> serials, LocalDate expirationDate,
                       LocalDate bestBeforeDate, LocalDate removalDate, LocalDate alertDate) {
    }
}
