package io.stocktrace.manufacturing;

import java.util.Locale;

public enum ManufacturingState {
    DRAFT, DONE, CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ManufacturingState fromWire(String value) {
        for (ManufacturingState s : values()) {
            if (s.wire().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
