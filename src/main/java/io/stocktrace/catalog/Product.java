package io.stocktrace.catalog;

import java.time.Instant;

public record Product(long id, String sku, String name, Tracking tracking, String uom, String gtin, Expiry expiry,
                      boolean foodTraceabilityList, Instant createdAt) {
    public boolean hasExpiry() {
        return expiry != null && expiry.expirationDays() != null;
    }
}
