package io.stocktrace.lot;

import io.stocktrace.catalog.Tracking;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A lot with what the list shows beside it: its product and the quantity on hand in internal and transit locations. */
public record LotSummary(Lot lot, String productName, String productSku, Tracking tracking, BigDecimal quantityOnHand) {
    /**
     * In alert: it has stock and its alert date has come. The lot list's rows ask this; the lists themselves select
     * with the same rule in SQL ({@code LotFilterSql.IN_ALERT}).
     */
    public boolean inAlertOn(LocalDate today) {
        return lot.dates().isAlertDueOn(today) && quantityOnHand != null && quantityOnHand.signum() > 0;
    }

    public boolean isExpiredOn(LocalDate today) {
        return lot.dates().isExpiredOn(today);
    }
}
