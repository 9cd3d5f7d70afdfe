package io.stocktrace.epcis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the ledger knows that EPCIS tells: the lots, their moves and their recalls. */
public final class LedgerFacts {
    private LedgerFacts() {
    }

    /** A lot or serial with what identifies it in GS1 terms. */
    public record LotFact(long id, String name, String sku, String gtin, boolean serial, String uom, Instant createdAt,
                          LocalDate expirationDate, LocalDate bestBeforeDate) {
    }

    /** One done move line, with the usages of its two locations and the GLN of its partner. */
    public record MoveFact(long id, long lotId, BigDecimal quantity, String reference, Instant occurredAt,
                           Long manufacturingOrderId, long sourceLocationId, String sourceUsage, long destinationLocationId,
                           String destinationUsage, Long partnerId, String partnerGln) {
    }

    /** A recall, with the lots it blocked. */
    public record RecallFact(long id, String reference, Instant createdAt, List<Long> lotIds) {
    }
}
