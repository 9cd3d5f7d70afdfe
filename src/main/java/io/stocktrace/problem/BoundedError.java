package io.stocktrace.problem;

/**
 * An unexpected error as it goes to the log: each message of the chain cut to a few thousand characters, stack
 * traces kept. A driver's message may quote the whole statement (an IN list of a million parameters made 9 MB of
 * log per failed page view).
 */
public final class BoundedError extends RuntimeException {
    static final int MAX_MESSAGE = 2000;
    private static final int MAX_CAUSES = 16;

    private BoundedError(String description, Throwable cause) {
        super(description, cause, false, true);
    }

    /** A copy of {@code error} and its causes fit for the log. */
    public static Throwable of(Throwable error) {
        return copy(error, 0);
    }

    private static Throwable copy(Throwable error, int depth) {
        Throwable cause = error.getCause();
        Throwable copiedCause = cause == null || cause == error || depth >= MAX_CAUSES ? null : copy(cause, depth + 1);
        BoundedError copy = new BoundedError(cut(error.toString()), copiedCause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    static String cut(String text) {
        if (text.length() <= MAX_MESSAGE) {
            return text;
        }
        return text.substring(0, MAX_MESSAGE) + "... (" + (text.length() - MAX_MESSAGE) + " more characters)";
    }

    /** The original's class and message, without this wrapper's name in front. */
    @Override
    public String toString() {
        return getMessage();
    }
}
