package io.stocktrace.epcis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the ledger knows that EPCIS tells: the lots, their moves and their recalls. */
public final class LedgerFacts {
    private LedgerFacts() {
    }

    /** A lot or serial with what identifies it in GS1 terms. */
    public record LotFact(long id, String name, String sku, String gtin, boolean serial, String uom, Instant createdAt,
                          LocalDate expirationDate, LocalDate bestBeforeDate) {
    }

    /**
     * One done move line, with the usages of its two locations, the GLN of its partner, and the packages it came out
     * of and went into (null: loose).
     */
    public record MoveFact(long id, long lotId, BigDecimal quantity, String reference, Instant occurredAt,
                           Long manufacturingOrderId, long sourceLocationId, String sourceUsage, long destinationLocationId,
                           String destinationUsage, Long partnerId, String partnerGln, Long packageId, Long resultPackageId) {
        /** A Put in Pack or an Unpack: the goods stay where they are and change package. */
        public boolean packing() {
            return sourceLocationId == destinationLocationId;
        }
    }

    /**
     * A package as a whole put into a parent or taken out of it ({@code transferId} null, one location), or moved by
     * a transfer with the parent it had then.
     */
    public record PackageMoveFact(long id, long packageId, String reference, Long fromParentId, Long parentId,
                                  long sourceLocationId, long destinationLocationId, Long transferId, Instant occurredAt) {
        public boolean packing() {
            return transferId == null && sourceLocationId == destinationLocationId;
        }
    }

    /** The packages the lots travelled in: their names by id, and what happened to each as a whole. */
    public record Packaging(Map<Long, String> names, List<PackageMoveFact> moves) {
        public static final Packaging NONE = new Packaging(Map.of(), List.of());
    }

    /** A recall, with the lots it blocked. */
    public record RecallFact(long id, String reference, Instant createdAt, List<Long> lotIds) {
    }
}
