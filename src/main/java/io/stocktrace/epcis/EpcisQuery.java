package io.stocktrace.epcis;

import io.stocktrace.limits.Limits;
import java.time.Instant;
import java.util.List;

/**
 * The parameters of the EPCIS 2.0 REST query binding this server answers: events naming any of {@code anyEpc}
 * (instances) or {@code epcClass} (classes), of one of {@code bizSteps}, with {@code from <= eventTime < to}; a page
 * of {@code perPage} events after {@code offset}. Empty lists and nulls do not filter.
 */
public record EpcisQuery(List<String> anyEpc, List<String> epcClass, List<String> bizSteps, Instant from, Instant to,
                         int perPage, int offset) {
    public static final int MAX_PER_PAGE = Limits.PAGE_SIZE;

    boolean namesObjects() {
        return !anyEpc.isEmpty() || !epcClass.isEmpty();
    }
}
