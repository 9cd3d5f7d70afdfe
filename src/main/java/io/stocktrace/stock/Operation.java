package io.stocktrace.stock;

import java.time.Instant;

/** What a batch of move lines belongs to: its reference, type, document and partner, when and by whom. */
public record Operation(String reference, String type, Long transferId, Long manufacturingOrderId, Long partnerId,
                        Instant occurredAt, String actor) {
}
