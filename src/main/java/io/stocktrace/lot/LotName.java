package io.stocktrace.lot;

import java.util.Optional;

/** Lot and serial names: trimmed, 1 to 128 characters, no control characters; case and symbols are kept. */
public final class LotName {
    public static final int MAX_LENGTH = 128;

    private LotName() {
    }

    /** What is wrong with a name, if anything, as a message for the user. */
    public static Optional<String> problem(String raw) {
        if (raw == null) {
            return Optional.of("is required");
        }
        String name = raw.strip();
        if (name.isEmpty()) {
            return Optional.of("must not be blank");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            if (isControl(name.codePointAt(i))) {
                return Optional.of("must not contain control characters (tabs, line breaks and the like)");
            }
        }
        return Optional.empty();
    }

    /** The stored form of a valid name. */
    public static String normalize(String raw) {
        problem(raw).ifPresent(p -> {
            throw new IllegalArgumentException("Lot name " + p);
        });
        return raw.strip();
    }

    private static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                || codePoint == 0x2028 || codePoint == 0x2029;
    }
}
