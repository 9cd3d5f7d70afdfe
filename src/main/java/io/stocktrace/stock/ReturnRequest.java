package io.stocktrace.stock;

import java.math.BigDecimal;
import java.util.List;

/**
 * What comes back with a return: per line a product and a lot with its quantity, or serials (each counting 1); and
 * packages the transfer delivered, which come back whole with what was delivered in them.
 */
public record ReturnRequest(List<Line> lines, List<String> packages) {
    public ReturnRequest(List<Line> lines) {
        this(lines, null);
    }

    public record Line(Long productId, BigDecimal quantity, String lot, List<String> serials) {
        TransferRequest.Line asTransferLine() {
            return new TransferRequest.Line(productId, quantity, lot, serials, null, null, null, null);
        }
    }

    boolean hasPackages() {
        return packages != null && !packages.isEmpty();
    }
}
