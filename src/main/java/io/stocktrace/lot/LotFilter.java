package io.stocktrace.lot;

import java.time.LocalDate;

/**
 * The filters of the lot list; every one is optional. {@code today} decides what "expired" means. {@code locationId}
 * keeps lots with stock in that location, {@code atCustomer} lots the ledger places at a customer, {@code createdOn}
 * lots created that day (UTC).
 */
public record LotFilter(Long productId, String name, String q, LotStatus status, boolean onHand, Boolean expired,
                        LocalDate expiresBefore, LocalDate today, Long locationId, boolean atCustomer,
                        LocalDate createdOn) {

    public LotFilter(Long productId, String name, String q, LotStatus status, boolean onHand, Boolean expired,
                     LocalDate expiresBefore, LocalDate today) {
        this(productId, name, q, status, onHand, expired, expiresBefore, today, null, false, null);
    }
}
