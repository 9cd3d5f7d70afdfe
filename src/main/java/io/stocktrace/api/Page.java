package io.stocktrace.api;

import java.util.List;
import java.util.function.Function;

/** A page of a collection, as every list endpoint answers it. */
public record Page<T>(List<T> items, long total) {
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total);
    }
}
