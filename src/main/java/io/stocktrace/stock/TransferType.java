package io.stocktrace.stock;

import io.stocktrace.location.Locations;
import java.util.Locale;

/**
 * Receipts come in from vendors, deliveries go out to customers, internal transfers move stock between our locations,
 * returns reverse part of a done receipt or delivery (made from that transfer, never directly).
 */
public enum TransferType {
    RECEIPT("receipt", Locations.VENDORS, Locations.STOCK),
    DELIVERY("delivery", Locations.STOCK, Locations.CUSTOMERS),
    INTERNAL("internal", null, null),
    RETURN("return", null, null);

    private final String series;
    private final Long defaultSource;
    private final Long defaultDestination;

    TransferType(String series, Long defaultSource, Long defaultDestination) {
        this.series = series;
        this.defaultSource = defaultSource;
        this.defaultDestination = defaultDestination;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reference series (WH/IN/, WH/OUT/, WH/INT/, WH/RET/). */
    public String series() {
        return series;
    }

    public Long defaultSource() {
        return defaultSource;
    }

    public Long defaultDestination() {
        return defaultDestination;
    }

    /** Receipts bring lots into being; every other transfer moves lots that exist. */
    public boolean createsLots() {
        return this == RECEIPT;
    }

    public static TransferType fromWire(String value) {
        for (TransferType t : values()) {
            if (t.wire().equals(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
