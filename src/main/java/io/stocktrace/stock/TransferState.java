package io.stocktrace.stock;

import java.util.Locale;

/** draft → ready (reserved) → done, or cancelled. */
public enum TransferState {
    DRAFT, READY, DONE, CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOpen() {
        return this == DRAFT || this == READY;
    }

    public static TransferState fromWire(String value) {
        for (TransferState s : values()) {
            if (s.wire().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
