package io.stocktrace.support;

import static org.assertj.core.api.Assertions.fail;

import java.util.function.Consumer;

/**
 * The time budget of a fuzz target. Every input runs as given, then repeated to 4 K and to 128 K characters: the
 * long run may take at most 128 times the short one (a linear parser takes 32 times as long, a quadratic one 1,024
 * times: a margin of 4 both ways on a busy machine), plus a quarter of a second for a garbage collection or a busy machine. Comparing two runs of the same
 * code keeps the budget fair to slow but linear targets (a pasted list raises an exception a line) and to Jazzer's
 * instrumentation; the GS1 parser of issue 15 (0.49 s at 64 K digits, 6.8 s at 256 K) misses it by far. A run
 * over budget is tried once more before it fails.
 */
public final class LinearTime {
    public static final int SHORT_LENGTH = 1 << 12;
    public static final int LONG_LENGTH = 1 << 17;
    private static final long FLOOR_NANOS = 250_000_000L;
    private static final long RATIO = 128;

    private LinearTime() {
    }

    /** Runs {@code target} on {@code input}, then checks that its time grows in proportion to the input. */
    public static void check(String input, Consumer<String> target) {
        check(input, target, FLOOR_NANOS);
    }

    static void check(String input, Consumer<String> target, long floorNanos) {
        target.accept(input);
        if (!input.isEmpty()) {
            proportional(repeated(input, SHORT_LENGTH), repeated(input, LONG_LENGTH), target, floorNanos);
        }
    }

    /** The same for targets that read bytes. */
    public static void check(byte[] input, Consumer<byte[]> target) {
        target.accept(input);
        if (input.length > 0) {
            proportional(repeated(input, SHORT_LENGTH), repeated(input, LONG_LENGTH), target, FLOOR_NANOS);
        }
    }

    private static String repeated(String input, int length) {
        return input.repeat((length + input.length() - 1) / input.length());
    }

    private static byte[] repeated(byte[] input, int length) {
        int copies = (length + input.length - 1) / input.length;
        byte[] repeated = new byte[copies * input.length];
        for (int i = 0; i < copies; i++) {
            System.arraycopy(input, 0, repeated, i * input.length, input.length);
        }
        return repeated;
    }

    private static <T> void proportional(T shortInput, T longInput, Consumer<T> target, long floorNanos) {
        long budget = floorNanos + RATIO * warm(shortInput, target);
        if (timed(longInput, target) <= budget) {
            return;
        }
        long shortAgain = warm(shortInput, target);
        long longAgain = timed(longInput, target);
        long budgetAgain = floorNanos + RATIO * shortAgain;
        if (longAgain > budgetAgain) {
            fail("the input repeated 32 times as long took %d ms against %d ms, over the budget of %d ms (twice):"
                    + " super-linear time?", longAgain / 1_000_000, shortAgain / 1_000_000, budgetAgain / 1_000_000);
        }
    }

    /** The faster of two runs: the first may still be interpreted, which would inflate the budget. */
    private static <T> long warm(T input, Consumer<T> target) {
        return Math.min(timed(input, target), timed(input, target));
    }

    private static <T> long timed(T input, Consumer<T> target) {
        long start = System.nanoTime();
        target.accept(input);
        return System.nanoTime() - start;
    }
}
