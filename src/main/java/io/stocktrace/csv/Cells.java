package io.stocktrace.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** Reads the cells of one row as dates, numbers and texts; each unreadable cell is a problem on the row's line. */
final class Cells {
    /** numeric(18, 4): 14 digits before the point. */
    private static final BigDecimal LIMIT = new BigDecimal("100000000000000");
    private final CsvTable.Row row;
    private final List<ImportProblem> problems;
    private boolean valid = true;

    Cells(CsvTable.Row row, List<ImportProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    boolean valid() {
        return valid;
    }

    void problem(String column, String message) {
        problems.add(new ImportProblem(row.line(), column, message));
        valid = false;
    }

    String required(String column) {
        String value = row.get(column);
        if (value == null) {
            problem(column, "is required");
        }
        return value;
    }

    /** The text, at most {@code max} characters. */
    String text(String column, int max) {
        String value = row.get(column);
        if (value != null && value.codePointCount(0, value.length()) > max) {
            problem(column, "must be at most " + max + " characters");
        }
        return value;
    }

    LocalDate date(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return isoDate(value);
        } catch (DateTimeException e) {
            problem(column, "'" + shortened(value) + "' is not a date as yyyy-MM-dd");
            return null;
        }
    }

    /**
     * {@link LocalDate#parse} with a short way for the common {@code yyyy-MM-dd}: the formatter cost a third of
     * reading a row of the lots CSV. Anything else (a signed or longer year) goes through the formatter as before.
     */
    static LocalDate isoDate(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(value);
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 if any is not one. */
    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    Integer days(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problem(column, "'" + shortened(value) + "' is not a whole number of days");
            return null;
        }
    }

    /** A positive quantity with at most 4 decimals. */
    BigDecimal quantity(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal quantity = new BigDecimal(value);
            if (quantity.signum() > 0 && quantity.compareTo(LIMIT) < 0 && quantity.stripTrailingZeros().scale() <= 4) {
                return quantity;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(column, "'" + shortened(value) + "' is not a positive number with at most 4 decimals");
        return null;
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
