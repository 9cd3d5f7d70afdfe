package io.stocktrace.stock;

import io.stocktrace.lot.LotDates;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of an open transfer: a quantity of a product, with its lot once known (by name for a lot a receipt will
 * create), and, once reserved, the exact source location and the incoming date the goods carry. {@code lineNo} is the index of the request line it came
 * from, so problems point at the field the user sent.
 */
public record TransferLine(long id, int lineNo, long productId, Long lotId, String lotName, BigDecimal quantity,
                           long sourceLocationId, long destinationLocationId, boolean reserved, LotDates dates,
                           Instant inDate) {
    /** This line's share of a reservation: the chosen stock's location, lot, quantity and incoming date. */
    public TransferLine reservedAt(StockCandidate stock, BigDecimal qty) {
        return new TransferLine(0, lineNo, productId, stock.lotKey() == 0 ? null : stock.lotKey(), stock.lotName(), qty,
                stock.locationId(), destinationLocationId, true, dates, stock.inDate());
    }

    /** This line as a draft's: what it was given stays, its stock is no longer held for it. */
    public TransferLine unreserved() {
        return new TransferLine(id, lineNo, productId, lotId, lotName, quantity, sourceLocationId, destinationLocationId,
                false, dates, inDate);
    }

    public TransferLine withLot(long lot) {
        return new TransferLine(id, lineNo, productId, lot, lotName, quantity, sourceLocationId, destinationLocationId,
                reserved, dates, inDate);
    }
}
