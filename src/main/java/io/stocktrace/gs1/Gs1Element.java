package io.stocktrace.gs1;

import java.util.Objects;

/** One GS1 element: an Application Identifier and its value, as carried in the barcode. */
public record Gs1Element(String ai, String value) {

    public Gs1Element {
        Objects.requireNonNull(ai, "ai");
        Objects.requireNonNull(value, "value");
    }

    public static Gs1Element of(String ai, String value) {
        return new Gs1Element(ai, value);
    }
}
