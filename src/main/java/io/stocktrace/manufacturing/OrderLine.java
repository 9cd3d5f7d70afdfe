package io.stocktrace.manufacturing;

import java.math.BigDecimal;

/**
 * One line of a manufacturing order as asked: a finished lot or serial to produce, or a component to consume (its
 * lot when named, and the produced serial it is for). {@code lineNo} is the index of the request field it came from.
 */
public record OrderLine(int lineNo, long productId, String lotName, BigDecimal quantity, String forSerial) {
}
