package io.stocktrace.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The dates a request may carry: years 1900 to 9999. Java reads years up to ±999,999,999, which no database column
 * stores and whose arithmetic (an alert date days before) overflows.
 */
public final class DateRange {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    public static final String RULE = "must be a date as yyyy-MM-dd, from 1900-01-01 to 9999-12-31";

    private DateRange() {
    }

    /** The date the text names, if it is one in range. */
    public static Optional<LocalDate> parse(String text) {
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
