package io.stocktrace.gs1;

import java.util.Optional;

/**
 * GS1 data that breaks the syntax rules. The message is an English sentence naming the AI (when one is
 * concerned), the character offset in the input and the reason.
 */
public final class Gs1SyntaxException extends RuntimeException {

    private final String ai;
    private final int position;
    private final String reason;

    Gs1SyntaxException(String ai, int position, String reason) {
        super(sentence(ai, position, reason));
        this.ai = ai;
        this.position = position;
        this.reason = reason;
    }

    /** The same error for input embedded {@code offset} characters into a larger input. */
    Gs1SyntaxException shifted(int offset) {
        return new Gs1SyntaxException(ai, position + offset, reason);
    }

    static Gs1SyntaxException at(int position, String reason) {
        return new Gs1SyntaxException(null, position, reason);
    }

    static Gs1SyntaxException forAi(String ai, int position, String reason) {
        return new Gs1SyntaxException(ai, position, reason);
    }

    /** The AI concerned, when the error belongs to one AI. */
    public Optional<String> ai() {
        return Optional.ofNullable(ai);
    }

    /** Zero-based character offset in the input where the problem was found. */
    public int position() {
        return position;
    }

    /** Why the data was rejected, without the AI and position. */
    public String reason() {
        return reason;
    }

    private static String sentence(String ai, int position, String reason) {
        String where = ai == null
                ? "At position " + position
                : "AI (" + ai + ") at position " + position;
        return where + ": " + reason + ".";
    }
}
