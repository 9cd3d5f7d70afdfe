package io.stocktrace.stock;

import java.math.BigDecimal;

/** How much of a demand one candidate covers. */
public record Allocation(StockCandidate from, BigDecimal quantity) {
}
