package io.stocktrace.lot;

import io.stocktrace.problem.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * The names a product's next lots or serials are proposed under: the prefix, then the next number zero-padded to
 * {@code padding} digits (MILK-000042); a number past the padding grows (SN99 → SN100 with padding 2).
 */
public record LotSequence(String prefix, int padding, long nextNumber) {
    public static final int MAX_PREFIX = 64;
    public static final int MAX_PADDING = 18;
    public static final long MAX_NUMBER = 999_999_999_999_999_999L;

    /** A product that has not set its own: its SKU and a dash, 6 digits, from 1. */
    public static LotSequence defaultFor(String sku) {
        return new LotSequence(sku + "-", 6, 1);
    }

    /** Checks a sequence as a request sends it; fields named as in the request. */
    public static void check(String prefix, Integer padding, Long nextNumber, Validation v) {
        v.require(prefix != null && prefix.codePointCount(0, prefix.length()) <= MAX_PREFIX, "prefix",
                "is required, at most " + MAX_PREFIX + " characters (may be empty)");
        v.require(prefix == null || prefix.isEmpty() || (prefix.strip().equals(prefix.stripTrailing())
                && LotName.problem(prefix).isEmpty()), "prefix", "must not start with a space or hold control characters");
        v.require(padding != null && padding >= 1 && padding <= MAX_PADDING, "padding",
                "must be between 1 and " + MAX_PADDING + " digits");
        v.require(nextNumber != null && nextNumber >= 0 && nextNumber <= MAX_NUMBER, "nextNumber",
                "must be between 0 and " + MAX_NUMBER);
    }

    /** Why {@code count} names cannot be taken from here, if they cannot. */
    public String countProblem(int count) {
        if (count < 1 || count > SerialNames.MAX_COUNT) {
            return "must be between 1 and " + SerialNames.MAX_COUNT;
        }
        return nextNumber > MAX_NUMBER - count ? "goes past the sequence's last number, " + MAX_NUMBER : null;
    }

    public String name(long number) {
        String digits = Long.toString(number);
        StringBuilder name = new StringBuilder(prefix.length() + Math.max(padding, digits.length())).append(prefix);
        for (int i = digits.length(); i < padding; i++) {
            name.append('0');
        }
        return name.append(digits).toString();
    }

    /** The next {@code count} names, from the next number on. */
    public List<String> next(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(name(nextNumber + i));
        }
        return names;
    }

    public LotSequence advancedBy(int count) {
        return new LotSequence(prefix, padding, nextNumber + count);
    }

    /** The number a name of this sequence carries: the prefix, then at least {@code padding} digits. */
    public OptionalLong numberOf(String name) {
        if (!name.startsWith(prefix) || name.length() - prefix.length() < padding
                || name.length() - prefix.length() > MAX_PADDING) {
            return OptionalLong.empty();
        }
        for (int i = prefix.length(); i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(Long.parseLong(name.substring(prefix.length())));
    }

    /** The number after the highest one these names take from here, if they take any at or past the next one. */
    public OptionalLong nextAfter(Collection<String> names) {
        long highest = -1;
        for (String name : names) {
            highest = Math.max(highest, numberOf(name).orElse(-1));
        }
        return highest >= nextNumber && highest < MAX_NUMBER ? OptionalLong.of(highest + 1) : OptionalLong.empty();
    }
}
