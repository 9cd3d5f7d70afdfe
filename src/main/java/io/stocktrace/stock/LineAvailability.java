package io.stocktrace.stock;

import java.math.BigDecimal;

/** How much of a draft's request line the stock could cover now: what Check Availability shows before Validate. */
public record LineAvailability(int lineNo, BigDecimal asked, BigDecimal available) {
    public boolean isShort() {
        return available.compareTo(asked) < 0;
    }
}
