package io.stocktrace.api;

import io.stocktrace.limits.Limits;
import io.stocktrace.problem.Validation;

/** limit and offset of a list request: limit 1 to 1000 (default 50), offset from 0. */
public record Paging(int limit, long offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = Limits.PAGE_SIZE;

    public static Paging of(Integer limit, Long offset) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        long o = offset == null ? 0 : offset;
        new Validation()
                .require(l >= 1 && l <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT)
                .require(o >= 0, "offset", "must be 0 or more")
                .throwIfAny();
        return new Paging(l, o);
    }
}
