package io.stocktrace.lot;

import io.stocktrace.catalog.Expiry;
import java.time.LocalDate;

/**
 * A lot's dates. Missing ones are derived from the product's expiry: expiration = start + expirationDays;
 * best-before, removal and alert dates come that many days before the expiration date.
 */
public record LotDates(LocalDate expirationDate, LocalDate bestBeforeDate, LocalDate removalDate, LocalDate alertDate) {
    public static final LotDates NONE = new LotDates(null, null, null, null);

    public LotDates completedFrom(Expiry expiry, LocalDate start) {
        if (expiry == null) {
            return this;
        }
        LocalDate expiration = expirationDate != null ? expirationDate
                : expiry.expirationDays() == null ? null : start.plusDays(expiry.expirationDays());
        if (expiration == null) {
            return this;
        }
        return new LotDates(expiration,
                bestBeforeDate != null ? bestBeforeDate : before(expiration, expiry.bestBeforeDays()),
                removalDate != null ? removalDate : before(expiration, expiry.removalDays()),
                alertDate != null ? alertDate : before(expiration, expiry.alertDays()));
    }

    public boolean isExpiredOn(LocalDate day) {
        return expirationDate != null && !day.isBefore(expirationDate);
    }

    private static LocalDate before(LocalDate expiration, Integer days) {
        return days == null ? null : expiration.minusDays(days);
    }
}
