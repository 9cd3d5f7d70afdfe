package io.stocktrace.stock;

import java.math.BigDecimal;

/** What a done transfer moved of one product and lot, and how much of it its returns already bring back. */
public record Returnable(long productId, Long lotId, String lot, BigDecimal sent, BigDecimal returned) {
    public BigDecimal remaining() {
        return sent.subtract(returned).max(BigDecimal.ZERO);
    }
}
