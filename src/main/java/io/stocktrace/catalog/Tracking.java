package io.stocktrace.catalog;

import java.util.Locale;

/** How a product's units are told apart: not at all, by lot, or one serial number per unit. */
public enum Tracking {
    NONE, LOT, SERIAL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isTracked() {
        return this != NONE;
    }

    public static Tracking fromWire(String value) {
        for (Tracking t : values()) {
            if (t.wire().equals(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
