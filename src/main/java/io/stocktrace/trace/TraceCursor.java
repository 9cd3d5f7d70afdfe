package io.stocktrace.trace;

import io.stocktrace.problem.StocktraceException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of a trace's operations ended, and what the trace is made of: the operations are ordered by level, then
 * lot id, then move line id newest first, and a page starts after the last row of the one before. The highest move
 * line and lot link ids when the first page was read go with every cursor, so later pages see the trace as it was
 * then: a move or a manufacturing order recorded while a client pages neither shows up nor moves a row to another page.
 *
 * @param depth      level of the last row given (0: the traced lot)
 * @param lotId      lot of the last row given
 * @param moveLineId move line of the last row given
 * @param moveBound  the highest move line id the trace includes
 * @param linkBound  the highest lot link id the walk follows
 */
record TraceCursor(int depth, long lotId, long moveLineId, long moveBound, long linkBound) {
    private static final String VERSION = "t1";

    /** Before the first row of a trace read with these bounds. */
    static TraceCursor start(long moveBound, long linkBound) {
        return new TraceCursor(0, Long.MIN_VALUE, Long.MAX_VALUE, moveBound, linkBound);
    }

    /** Right after this row (of the same trace). */
    TraceCursor after(int rowDepth, long rowLotId, long rowMoveLineId) {
        return new TraceCursor(rowDepth, rowLotId, rowMoveLineId, moveBound, linkBound);
    }

    /** Whether a row comes after this position in the trace's order. */
    boolean isBefore(int rowDepth, long rowLotId, long rowMoveLineId) {
        if (rowDepth != depth) {
            return rowDepth > depth;
        }
        return rowLotId != lotId ? rowLotId > lotId : rowMoveLineId < moveLineId;
    }

    String encode() {
        String text = String.join(".", VERSION, Integer.toString(depth), Long.toString(lotId),
                Long.toString(moveLineId), Long.toString(moveBound), Long.toString(linkBound));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a page's {@code next} gave; anything else is 422 {@code validation-failed} on {@code field}. */
    static TraceCursor decode(String field, String cursor) {
        try {
            if (cursor.length() > 200) {
                throw new IllegalArgumentException("too long");
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 6 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("not a trace cursor");
            }
            int depth = Integer.parseInt(parts[1]);
            long moveBound = Long.parseLong(parts[4]);
            long linkBound = Long.parseLong(parts[5]);
            if (depth < 0 || depth > LotGraph.MAX_DEPTH || moveBound < 0 || linkBound < 0) {
                throw new IllegalArgumentException("out of range");
            }
            return new TraceCursor(depth, Long.parseLong(parts[2]), Long.parseLong(parts[3]), moveBound, linkBound);
        } catch (IllegalArgumentException e) {
            throw StocktraceException.invalid(field, "is not a cursor that a page of this trace gave (its next)");
        }
    }
}
