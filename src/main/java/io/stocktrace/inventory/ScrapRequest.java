package io.stocktrace.inventory;

import io.stocktrace.stock.TransferRequest;
import java.math.BigDecimal;
import java.util.List;

/** Stock to scrap: a product with a lot and quantity, or serials (each counting 1), from where, and why. */
public record ScrapRequest(Long productId, String lot, List<String> serials, BigDecimal quantity,
                           Long sourceLocationId, String reason) {
    TransferRequest.Line asLine() {
        return new TransferRequest.Line(productId, quantity, lot, serials, null, null, null, null);
    }
}
