package io.stocktrace.lot;

import io.stocktrace.catalog.Expiry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

    /**
     * The dates once the expiration date changes: best-before, removal and alert dates move by as many days as the
     * expiration date did, keeping their offsets. A first expiration date derives the missing ones from the product's
     * expiry; clearing it leaves the others as they are.
     */
    public LotDates withExpiration(LocalDate expiration, Expiry expiry) {
        if (expiration == null) {
            return new LotDates(null, bestBeforeDate, removalDate, alertDate);
        }
        if (expirationDate == null) {
            return new LotDates(expiration, bestBeforeDate, removalDate, alertDate).completedFrom(expiry, expiration);
        }
        long days = ChronoUnit.DAYS.between(expirationDate, expiration);
        return new LotDates(expiration, shift(bestBeforeDate, days), shift(removalDate, days), shift(alertDate, days));
    }

    public boolean isExpiredOn(LocalDate day) {
        return expirationDate != null && !day.isBefore(expirationDate);
    }

    private static LocalDate shift(LocalDate date, long days) {
        return date == null ? null : date.plusDays(days);
    }

    private static LocalDate before(LocalDate expiration, Integer days) {
        return days == null ? null : expiration.minusDays(days);
    }
}
