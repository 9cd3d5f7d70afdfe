package io.stocktrace.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way every CSV this application writes turns values into cells, safe to open in a spreadsheet (OWASP CSV
 * injection): a text cell that starts with {@code = + - @}, a tab or a carriage return gets a leading single quote, so
 * that Excel, LibreOffice and Google Sheets show it as text instead of running it as a formula. Numbers are written as
 * numbers: a quantity of -5 stays -5, while a lot named {@code -5} is written {@code '-5}. A text that already starts
 * with quotes before such a character gets one more, so that {@link #text(String)} reads every cell back as it was.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /** The cell for a value: numbers in plain notation, dates as ISO text, texts neutralised. */
    public static Object cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value;
        }
        String text = value.toString();
        return startsLikeFormula(text) ? "'" + text : text;
    }

    /** Prints one record, every cell through {@link #cell(Object)}. */
    public static void print(CSVPrinter csv, Iterable<?> values) {
        try {
            csv.printRecord(java.util.stream.StreamSupport.stream(values.spliterator(), false)
                    .map(SpreadsheetCells::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void print(CSVPrinter csv, Object... values) {
        print(csv, Arrays.asList(values));
    }

    /** The text of a cell as {@link #cell(Object)} wrote it: the quote it added is taken off again. */
    public static String text(String cell) {
        return cell != null && cell.startsWith("'") && startsLikeFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean startsLikeFormula(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char first = text.charAt(i);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
