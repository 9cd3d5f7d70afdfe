package io.stocktrace.lot;

import java.util.Locale;

/** Quarantined and recalled lots are blocked: never reserved, shipped or consumed. */
public enum LotStatus {
    AVAILABLE, QUARANTINE, RECALLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status as a sentence says it: "is quarantined", "is recalled". */
    public String adjective() {
        return this == QUARANTINE ? "quarantined" : wire();
    }

    public boolean isBlocked() {
        return this != AVAILABLE;
    }

    public static LotStatus fromWire(String value) {
        for (LotStatus s : values()) {
            if (s.wire().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
