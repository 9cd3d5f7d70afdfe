package io.stocktrace.label;

import io.stocktrace.gs1.CheckDigit;
import io.stocktrace.gs1.Gs1Element;
import io.stocktrace.gs1.Gs1SyntaxEngine;
import io.stocktrace.gs1.Gs1SyntaxException;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a GS1 logistic label says: the package's SSCC (AI 00) in a GS1-128 symbol of its own, at the bottom as the
 * standard places it, and for a homogeneous package a content symbol above it: the GTIN of the trade items inside
 * (AI 02), their expiration date (17), their count (37) and their lot (10). A symbol carries at most 48 data
 * characters, so the content goes on two symbols when one cannot hold it.
 *
 * @param symbols the GS1-128 symbols, top to bottom, each an element string
 * @param lines   the text printed above the symbols, a person's reading of the same data
 */
public record LogisticLabel(String sscc, List<Symbol> symbols, List<String> lines) {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    /** GS1 General Specifications 5.4.1: at most 48 data characters in one GS1-128 symbol. */
    static final int MAX_SYMBOL_CHARACTERS = 48;

    /** One GS1-128 symbol: its element string ({@code ^} for FNC1) and its human readable form. */
    public record Symbol(String elementString, String bracketed) {
        /** The data a scanner reads, FNC1 separators as ASCII GS (0x1D), without the leading FNC1. */
        public String scannedData() {
            return elementString.substring(1).replace('^', '\u001d');
        }
    }

    /**
     * The trade items of a homogeneous package: one product (with its GTIN), how many, and the lot and expiration
     * date they share (null when they do not share one).
     */
    public record Content(String productName, String gtin, BigDecimal count, String lot, LocalDate expirationDate) {
    }

    /**
     * @param name    the package's name, which must be an SSCC (18 digits, check digit included)
     * @param content what a homogeneous package holds, or null for a mixed or empty one
     */
    public static LogisticLabel of(Gs1SyntaxEngine engine, String name, String type, Content content) {
        if (name == null || !name.matches("[0-9]{18}") || !CheckDigit.isValid(name)) {
            throw new StocktraceException(ProblemType.VALIDATION_FAILED, "Package " + name + " has no SSCC (18 digits with "
                    + "their check digit), and a GS1 logistic label is its SSCC: set the GS1 company prefix in Settings "
                    + "so new packages are named by SSCC.", List.of(new FieldProblem("name", "is not an SSCC")), Map.of());
        }
        List<String> lines = new ArrayList<>();
        lines.add("SSCC: " + name + (type == null ? "" : "  (" + type + ")"));
        List<Gs1Element> contentElements = content != null && countable(content) ? contentElements(content, lines) : List.of();
        List<Gs1Element> all = new ArrayList<>(contentElements);
        all.add(Gs1Element.of("00", name));
        try {
            engine.validate(all); // the rules between AIs hold for the label as a whole, across its symbols
            Gs1SyntaxEngine fragments = engine.withOptions(engine.options().withCheckAssociations(false));
            List<Symbol> symbols = new ArrayList<>();
            for (List<Gs1Element> group : symbolGroups(fragments, contentElements)) {
                symbols.add(new Symbol(fragments.toElementString(group), fragments.toBracketed(group)));
            }
            List<Gs1Element> sscc = List.of(Gs1Element.of("00", name));
            symbols.add(new Symbol(fragments.toElementString(sscc), fragments.toBracketed(sscc)));
            return new LogisticLabel(name, List.copyOf(symbols), List.copyOf(lines));
        } catch (Gs1SyntaxException e) {
            throw new StocktraceException(ProblemType.VALIDATION_FAILED, "The package's content cannot be written as GS1 "
                    + "data: " + e.getMessage() + ". GS1 allows a lot of up to 20 characters among letters, digits and "
                    + "!\"%&'()*+,-./:;<=>?_", List.of(new FieldProblem("content", e.getMessage())), Map.of());
        }
    }

    /** (02) needs (37), and (37) is a whole number of at most 8 digits: a package of 2.5 kg has no content symbol. */
    private static boolean countable(Content content) {
        if (content.gtin() == null || content.gtin().isBlank() || content.count() == null || content.count().signum() <= 0) {
            return false;
        }
        BigDecimal count = content.count().stripTrailingZeros();
        return count.scale() <= 0 && count.precision() - count.scale() <= 8;
    }

    private static List<Gs1Element> contentElements(Content content, List<String> lines) {
        String gtin14 = io.stocktrace.catalog.Gtin.normalize(content.gtin());
        String count = content.count().stripTrailingZeros().toPlainString();
        List<Gs1Element> elements = new ArrayList<>(List.of(Gs1Element.of("02", gtin14)));
        lines.add("CONTENT: " + gtin14 + "  " + content.productName());
        if (content.expirationDate() != null) {
            elements.add(Gs1Element.of("17", YYMMDD.format(content.expirationDate())));
            lines.add("USE BY: " + content.expirationDate());
        }
        elements.add(Gs1Element.of("37", count));
        lines.add("COUNT: " + count);
        if (content.lot() != null) {
            elements.add(Gs1Element.of("10", content.lot()));
            lines.add("BATCH/LOT: " + content.lot());
        }
        return elements;
    }

    /** The content in one symbol when it fits, else the lot in a symbol of its own. */
    private static List<List<Gs1Element>> symbolGroups(Gs1SyntaxEngine fragments, List<Gs1Element> content) {
        if (content.isEmpty() || fragments.toElementString(content).length() - 1 <= MAX_SYMBOL_CHARACTERS) {
            return content.isEmpty() ? List.of() : List.of(content);
        }
        return List.of(content.subList(0, content.size() - 1), content.subList(content.size() - 1, content.size()));
    }
}
