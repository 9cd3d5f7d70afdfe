package io.stocktrace.catalog;

import java.math.BigDecimal;

/** How a quantity is written for people, in messages and pages: 1, 2.5, 0, never 1.0000 or 1E+3. */
public final class Quantities {
    private Quantities() {
    }

    public static String plain(BigDecimal quantity) {
        return quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
    }
}
