package io.stocktrace.report;

import java.math.BigDecimal;
import java.time.Instant;

/** A done move line of a Food Traceability List lot, with everything its FSMA rows say. */
record Fsma204Facts(long moveLineId, long lotId, String lotName, String productName, String gtin, String uom,
                    BigDecimal quantity, Instant occurredAt, String reference, String origin, String operationType,
                    Long manufacturingOrderId, String sourceUsage, String sourceDescription, String sourceGln,
                    String destinationUsage, String destinationDescription, String destinationGln,
                    String partnerDescription, String partnerGln) {
}
