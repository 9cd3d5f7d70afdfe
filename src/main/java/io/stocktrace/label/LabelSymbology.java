package io.stocktrace.label;

import java.util.Locale;

/** The GS1 barcodes a label can carry. */
public enum LabelSymbology {
    DATAMATRIX("datamatrix"), GS1_128("gs1-128");

    private final String wire;

    LabelSymbology(String wire) {
        this.wire = wire;
    }

    public static LabelSymbology fromWire(String value) {
        for (LabelSymbology s : values()) {
            if (s.wire.equals(value.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException(value);
    }

    public String wire() {
        return wire;
    }
}
