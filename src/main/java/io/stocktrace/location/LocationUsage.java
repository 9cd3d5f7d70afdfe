package io.stocktrace.location;

import java.util.Locale;

/** What a location is for. Internal and transit locations hold our stock, which never goes negative. */
public enum LocationUsage {
    VIEW, INTERNAL, TRANSIT, SUPPLIER, CUSTOMER, PRODUCTION, INVENTORY, SCRAP;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LocationUsage fromWire(String value) {
        for (LocationUsage usage : values()) {
            if (usage.wire().equals(value)) {
                return usage;
            }
        }
        throw new IllegalArgumentException(value);
    }

    /** Stock we hold: counted on hand, never negative. */
    public boolean countsAsStock() {
        return this == INTERNAL || this == TRANSIT;
    }
}
