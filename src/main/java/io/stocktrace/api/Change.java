package io.stocktrace.api;

import java.util.function.Function;

/**
 * One field of a PATCH: left out (unchanged), sent as null (cleared) or sent with a value.
 */
public record Change<T>(boolean present, T value) {
    private static final Change<?> UNCHANGED = new Change<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Change<T> unchanged() {
        return (Change<T>) UNCHANGED;
    }

    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }

    public T orElse(T current) {
        return present ? value : current;
    }

    public <R> Change<R> map(Function<T, R> mapper) {
        return present ? new Change<>(true, value == null ? null : mapper.apply(value)) : unchanged();
    }
}
