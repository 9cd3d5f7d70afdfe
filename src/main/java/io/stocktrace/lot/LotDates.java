package io.stocktrace.lot;

import io.stocktrace.api.Change;
import io.stocktrace.catalog.Expiry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A lot's dates. Missing ones are derived from the product's expiry: expiration = start + expirationDays;
 * best-before, removal and alert dates come that many days before the expiration date, and follow it when it moves,
 * unless they were set by hand ({@link ByHand}).
 */
public record LotDates(LocalDate expirationDate, LocalDate bestBeforeDate, LocalDate removalDate, LocalDate alertDate,
                       ByHand byHand) {
    public static final LotDates NONE = new LotDates(null, null, null, null);

    /** Which of the dates that follow the expiration date were set by hand: those stay where they were put. */
    public record ByHand(boolean bestBefore, boolean removal, boolean alert) {
        public static final ByHand NONE = new ByHand(false, false, false);

        ByHand or(ByHand other) {
            return new ByHand(bestBefore || other.bestBefore, removal || other.removal, alert || other.alert);
        }
    }

    public LotDates {
        byHand = byHand == null ? ByHand.NONE : byHand;
    }

    /** Dates none of which was set by hand (yet): what a request or a transfer line gives. */
    public LotDates(LocalDate expirationDate, LocalDate bestBeforeDate, LocalDate removalDate, LocalDate alertDate) {
        this(expirationDate, bestBeforeDate, removalDate, alertDate, ByHand.NONE);
    }

    /**
     * The dates of a new lot: the ones given count as set by hand; a missing expiration date is {@code start} plus
     * the product's expirationDays, and the other missing ones are derived from the expiration date.
     */
    public LotDates completedFrom(Expiry expiry, LocalDate start) {
        LotDates given = new LotDates(expirationDate, bestBeforeDate, removalDate, alertDate,
                byHand.or(new ByHand(bestBeforeDate != null, removalDate != null, alertDate != null)));
        if (expiry == null) {
            return given;
        }
        LocalDate expiration = expirationDate != null ? expirationDate
                : expiry.expirationDays() == null ? null : start.plusDays(expiry.expirationDays());
        if (expiration == null) {
            return given;
        }
        return new LotDates(expiration,
                bestBeforeDate != null ? bestBeforeDate : before(expiration, expiry.bestBeforeDays()),
                removalDate != null ? removalDate : before(expiration, expiry.removalDays()),
                alertDate != null ? alertDate : before(expiration, expiry.alertDays()), given.byHand);
    }

    /**
     * The dates once the expiration date changes: the derived best-before, removal and alert dates move by as many
     * days as it did; dates set by hand stay. A first expiration date derives them from the product's expiry
     * (keeping any that the product gives no days for); clearing it leaves the others as they are.
     */
    public LotDates withExpiration(LocalDate expiration, Expiry expiry) {
        if (expiration == null) {
            return new LotDates(null, bestBeforeDate, removalDate, alertDate, byHand);
        }
        if (expirationDate == null) {
            Expiry days = expiry == null ? new Expiry(null, null, null, null) : expiry;
            return new LotDates(expiration,
                    derive(bestBeforeDate, byHand.bestBefore(), expiration, days.bestBeforeDays()),
                    derive(removalDate, byHand.removal(), expiration, days.removalDays()),
                    derive(alertDate, byHand.alert(), expiration, days.alertDays()), byHand);
        }
        long shift = ChronoUnit.DAYS.between(expirationDate, expiration);
        return new LotDates(expiration, follow(bestBeforeDate, byHand.bestBefore(), shift),
                follow(removalDate, byHand.removal(), shift), follow(alertDate, byHand.alert(), shift), byHand);
    }

    /**
     * The dates after an edit of some of them. A date sent with the value it has is no edit (a form sends every
     * field); an edited best-before, removal or alert date counts as set by hand from then on, and one sent along
     * with a new expiration date wins over the moved one.
     */
    public LotDates edited(Change<LocalDate> expiration, Change<LocalDate> bestBefore, Change<LocalDate> removal,
                           Change<LocalDate> alert, Expiry expiry) {
        LotDates d = edits(expiration, expirationDate) ? withExpiration(expiration.value(), expiry) : this;
        boolean b = edits(bestBefore, bestBeforeDate);
        boolean r = edits(removal, removalDate);
        boolean a = edits(alert, alertDate);
        return new LotDates(d.expirationDate, b ? bestBefore.value() : d.bestBeforeDate,
                r ? removal.value() : d.removalDate, a ? alert.value() : d.alertDate, byHand.or(new ByHand(b, r, a)));
    }

    /** An alert date warns before the expiration date: one after it would warn of an expiry already past. */
    public boolean alertsAfterExpiration() {
        return alertDate != null && expirationDate != null && alertDate.isAfter(expirationDate);
    }

    public boolean isExpiredOn(LocalDate day) {
        return expirationDate != null && !day.isBefore(expirationDate);
    }

    /** The alert date has come (today included). */
    public boolean isAlertDueOn(LocalDate day) {
        return alertDate != null && !day.isBefore(alertDate);
    }

    private static boolean edits(Change<LocalDate> change, LocalDate current) {
        return change.present() && !Objects.equals(change.value(), current);
    }

    private static LocalDate follow(LocalDate date, boolean byHand, long days) {
        return date == null || byHand ? date : date.plusDays(days);
    }

    private static LocalDate derive(LocalDate current, boolean byHand, LocalDate expiration, Integer days) {
        return byHand || days == null ? current : expiration.minusDays(days);
    }

    private static LocalDate before(LocalDate expiration, Integer days) {
        return days == null ? null : expiration.minusDays(days);
    }
}
