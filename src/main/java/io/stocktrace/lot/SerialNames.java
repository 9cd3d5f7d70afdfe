package io.stocktrace.lot;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names that follow a first one: the first is itself, each next one increments the last run of digits and keeps
 * its width (SN0098, SN0099, SN0100; LOT-2024-05-A, LOT-2024-06-A); past the width it grows (SN99, SN100).
 */
public final class SerialNames {
    public static final int MAX_COUNT = 100_000;

    private SerialNames() {
    }

    /** Why these names cannot be generated, if they cannot. */
    public static Optional<String> problem(String first, int count) {
        if (first == null || first.isBlank()) {
            return Optional.of("first: is required");
        }
        if (count < 1 || count > MAX_COUNT) {
            return Optional.of("count: must be between 1 and " + MAX_COUNT);
        }
        Optional<String> name = LotName.problem(first);
        if (name.isPresent()) {
            return Optional.of("first: " + name.get());
        }
        if (lastDigits(first.strip()) < 0) {
            return Optional.of("first: must contain a number to count from, like SN0001");
        }
        String last = generate(first, count).get(count - 1);
        return LotName.problem(last).map(p -> "count: the last name, " + last + ", " + p);
    }

    public static List<String> generate(String first, int count) {
        String name = first.strip();
        int end = lastDigits(name);
        int start = end;
        while (start > 0 && name.charAt(start - 1) >= '0' && name.charAt(start - 1) <= '9') {
            start--;
        }
        String prefix = name.substring(0, start);
        String suffix = name.substring(end);
        String digits = name.substring(start, end);
        int width = digits.length();
        List<String> names = new ArrayList<>(count);
        if (digits.length() <= 17) {
            long number = Long.parseLong(digits);
            StringBuilder sb = new StringBuilder(name.length() + 4);
            for (int i = 0; i < count; i++) {
                sb.setLength(0);
                String n = Long.toString(number + i);
                sb.append(prefix);
                for (int pad = n.length(); pad < width; pad++) {
                    sb.append('0');
                }
                names.add(sb.append(n).append(suffix).toString());
            }
            return names;
        }
        BigInteger number = new BigInteger(digits);
        for (int i = 0; i < count; i++) {
            String n = number.add(BigInteger.valueOf(i)).toString();
            names.add(prefix + "0".repeat(Math.max(0, width - n.length())) + n + suffix);
        }
        return names;
    }

    /** The index just past the last ASCII digit, or -1 when there is none. */
    private static int lastDigits(String name) {
        for (int i = name.length() - 1; i >= 0; i--) {
            char c = name.charAt(i);
            if (c >= '0' && c <= '9') {
                return i + 1;
            }
        }
        return -1;
    }
}
