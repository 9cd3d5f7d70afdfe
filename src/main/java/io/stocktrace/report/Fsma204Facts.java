package io.stocktrace.report;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A done move line of a Food Traceability List lot, with everything its FSMA rows say: the transfer's source
 * document ({@code origin}), its two locations and its partner described.
 */
record Fsma204Facts(long moveLineId, long lotId, String lotName, String productName, String gtin, String uom,
                    BigDecimal quantity, Instant occurredAt, String reference, String origin, String operationType,
                    Long manufacturingOrderId, Long partnerId, Fsma204Place source, Fsma204Place destination,
                    Fsma204Place partner) {
}
