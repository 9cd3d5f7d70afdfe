package io.stocktrace.label;

import io.stocktrace.gs1.Gs1Element;
import io.stocktrace.gs1.Gs1SyntaxEngine;
import io.stocktrace.gs1.Gs1SyntaxException;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a lot's label says: the GS1 element string (GTIN, expiration date, best-before date, then the lot or serial,
 * variable-length last so it needs no separator) in the forms a barcode and a person read, and the text printed
 * beside it.
 */
public record LabelContent(String productName, String lotName, boolean serial, LocalDate expirationDate,
                           String elementString, String bracketed) {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    /**
     * @param gtin the product's GTIN-8, -12, -13 or -14, or null
     * @throws StocktraceException when the product has no GTIN or the lot name cannot be written in GS1 data
     */
    public static LabelContent of(Gs1SyntaxEngine engine, String productName, String sku, String gtin, String lotName,
                                  boolean serial, LocalDate expirationDate, LocalDate bestBeforeDate) {
        if (gtin == null || gtin.isBlank()) {
            throw new StocktraceException(ProblemType.VALIDATION_FAILED, "Product " + sku
                    + " has no GTIN, and a GS1 label starts with one: set the product's gtin first.",
                    List.of(new FieldProblem("gtin", "is required for a GS1 label")), java.util.Map.of());
        }
        List<Gs1Element> elements = new ArrayList<>();
        elements.add(Gs1Element.of("01", io.stocktrace.catalog.Gtin.normalize(gtin)));
        if (expirationDate != null) {
            elements.add(Gs1Element.of("17", YYMMDD.format(expirationDate)));
        }
        if (bestBeforeDate != null) {
            elements.add(Gs1Element.of("15", YYMMDD.format(bestBeforeDate)));
        }
        elements.add(Gs1Element.of(serial ? "21" : "10", lotName));
        try {
            return new LabelContent(productName, lotName, serial, expirationDate, engine.toElementString(elements),
                    engine.toBracketed(elements));
        } catch (Gs1SyntaxException e) {
            String what = serial ? "serial number" : "lot";
            throw new StocktraceException(ProblemType.VALIDATION_FAILED, "The " + what + " '" + lotName
                    + "' cannot be written as GS1 data: " + e.getMessage()
                    + ". GS1 allows up to 20 characters among letters, digits and !\"%&'()*+,-./:;<=>?_",
                    List.of(new FieldProblem("name", e.getMessage())), java.util.Map.of());
        }
    }

    /** The data a scanner reads, FNC1 separators as ASCII GS (0x1D), without the leading FNC1. */
    public String scannedData() {
        return elementString.substring(1).replace('^', '\u001d');
    }
}
