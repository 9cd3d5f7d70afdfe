package io.stocktrace.lot;

import java.time.LocalDate;

/** The filters of the lot list; every one is optional. {@code today} decides what "expired" means. */
public record LotFilter(Long productId, String name, String q, LotStatus status, boolean onHand, Boolean expired,
                        LocalDate expiresBefore, LocalDate today) {
}
