package io.stocktrace.stock;

import java.math.BigDecimal;
import java.util.List;

/** What comes back with a return: per line a product and a lot with its quantity, or serials (each counting 1). */
public record ReturnRequest(List<Line> lines) {
    public record Line(Long productId, BigDecimal quantity, String lot, List<String> serials) {
        TransferRequest.Line asTransferLine() {
            return new TransferRequest.Line(productId, quantity, lot, serials, null, null, null, null);
        }
    }
}
