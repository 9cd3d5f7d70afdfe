package io.stocktrace.catalog;

/**
 * How long a product keeps: the expiration date is the receipt date plus {@code expirationDays}; best-before,
 * removal and alert dates come that many days before the expiration date.
 */
public record Expiry(Integer expirationDays, Integer bestBeforeDays, Integer removalDays, Integer alertDays) {
    public boolean noneSet() {
        return expirationDays == null && bestBeforeDays == null && removalDays == null && alertDays == null;
    }
}
