package io.stocktrace.trace;

import java.util.List;

/**
 * Operations of a trace in its pages' order (level, lot id, move line newest first), and the cursor of the page after
 * this one ({@code null} on the last).
 */
public record TracePage(List<Row> operations, String next) {

    /**
     * One operation with its level and lot, and the usages at either end of its move (whether it brings stock in or
     * takes it out).
     */
    public record Row(int depth, Trace.TracedLot lot, Trace.Operation operation, String sourceUsage,
                      String destinationUsage) {
    }
}
