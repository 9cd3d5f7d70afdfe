package io.stocktrace.lot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A pasted list of lots or serials, one per line: {@code name}, optionally followed by a quantity and an
 * expiration date, separated by {@code ;} or a tab. Blank lines are skipped; anything unreadable is a problem
 * with its line number, never a name.
 */
public final class LotList {
    public record Entry(int line, String name, BigDecimal quantity, LocalDate expirationDate) {
    }

    public record Problem(int line, String message) {
    }

    public record Parsed(List<Entry> entries, List<Problem> problems) {
    }

    public static final int MAX_LINES = 100_000;

    // compiled once: a pasted list of 100,000 lines would otherwise compile four patterns per line
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("[;\t]");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.]\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private LotList() {
    }

    /** @param serial serials count 1 each and appear once */
    public static Parsed parse(String text, boolean serial) {
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        String[] lines = text == null ? new String[0] : LINE_BREAK.split(text, -1);
        if (lines.length > MAX_LINES) {
            problems.add(new Problem(MAX_LINES + 1, "at most " + MAX_LINES + " lines at once"));
            return new Parsed(List.of(), problems);
        }
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] fields = FIELD_SEPARATOR.split(line, -1);
            if (fields.length == 1 && looksCommaSeparated(line)) {
                problems.add(new Problem(number, "'" + line.strip() + "' looks like comma-separated values: separate"
                        + " the quantity and the date with ; or a tab"));
                continue;
            }
            if (fields.length > 3) {
                problems.add(new Problem(number, "expected a name, a quantity and a date at most, separated by ; or a tab"));
                continue;
            }
            String message = LotName.problem(fields[0]).map(p -> "the name " + p).orElse(null);
            BigDecimal quantity = BigDecimal.ONE;
            LocalDate expiration = null;
            if (message == null && fields.length > 1 && !fields[1].isBlank()) {
                try {
                    quantity = new BigDecimal(fields[1].strip());
                    if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 4) {
                        message = "the quantity '" + fields[1].strip() + "' must be a positive number with at most 4 decimals";
                    } else if (serial && quantity.compareTo(BigDecimal.ONE) != 0) {
                        message = "a serial number counts 1, not " + fields[1].strip();
                    }
                } catch (NumberFormatException e) {
                    message = "the quantity '" + fields[1].strip() + "' is not a number";
                }
            }
            if (message == null && fields.length > 2 && !fields[2].isBlank()) {
                try {
                    expiration = LocalDate.parse(fields[2].strip());
                } catch (DateTimeParseException e) {
                    message = "the expiration date '" + fields[2].strip() + "' is not a date as yyyy-MM-dd";
                }
            }
            if (message == null && serial) {
                Integer earlier = firstLine.putIfAbsent(fields[0].strip(), number);
                if (earlier != null) {
                    message = "serial number '" + fields[0].strip() + "' is already on line " + earlier;
                }
            }
            if (message != null) {
                problems.add(new Problem(number, message));
            } else {
                entries.add(new Entry(number, fields[0].strip(), quantity, expiration));
            }
        }
        return new Parsed(entries, problems);
    }

    /**
     * A line from a comma-separated file ({@code SN-1,1,2027-01-31}) would otherwise become one name with its commas:
     * the silent mistake this parser exists to prevent. A name with a comma and words after it stays a name.
     */
    private static boolean looksCommaSeparated(String line) {
        String[] parts = line.split(",", -1);
        return parts.length >= 2 && parts.length <= 3
                && (NUMBER.matcher(parts[1].strip()).matches()
                    || parts.length == 3 && parts[1].isBlank() && DATE.matcher(parts[2].strip()).matches());
    }
}
