package io.stocktrace.stock;

import java.time.Instant;
import java.util.List;

public record Transfer(long id, String reference, TransferType type, TransferState state, Long partnerId,
                       long sourceLocationId, long destinationLocationId, Instant scheduledDate, String origin,
                       boolean allowExpired, String createdBy, Instant createdAt, Instant doneAt,
                       List<TransferLine> lines) {
    public Transfer withLines(List<TransferLine> newLines) {
        return new Transfer(id, reference, type, state, partnerId, sourceLocationId, destinationLocationId,
                scheduledDate, origin, allowExpired, createdBy, createdAt, doneAt, newLines);
    }
}
