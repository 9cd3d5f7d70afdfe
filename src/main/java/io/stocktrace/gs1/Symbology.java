package io.stocktrace.gs1;

/** Barcode symbologies and the AIM symbology identifiers a scanner prefixes to GS1 and to plain data. */
public enum Symbology {
    GS1_128_CCA("]C1", null),
    GS1_128_CCC("]C1", null),
    DATAMATRIX("]d2", "]d1"),
    QR("]Q3", "]Q1"),
    DOTCODE("]J1", "]J0"),
    DATABAR_EXPANDED("]e0", null),
    DATABAR_OMNI("]e0", null),
    DATABAR_LIMITED("]e0", null),
    EAN13("]E0", null),
    EAN8("]E4", null),
    UPCA("]E0", null),
    UPCE("]E0", null);

    private final String gs1Identifier;
    private final String plainIdentifier;

    Symbology(String gs1Identifier, String plainIdentifier) {
        this.gs1Identifier = gs1Identifier;
        this.plainIdentifier = plainIdentifier;
    }

    /** Identifier sent before GS1 AI data (FNC1 in first position). */
    public String gs1Identifier() {
        return gs1Identifier;
    }

    /** Identifier sent before plain data, or null when the symbology only carries GS1 data or a GTIN. */
    public String plainIdentifier() {
        return plainIdentifier;
    }

    boolean isTwoDimensional() {
        return plainIdentifier != null;
    }
}
