package io.stocktrace.trace;

import java.math.BigDecimal;

/**
 * A lot's mass balance from the ledger. {@code adjusted} is signed; the discrepancy is zero when the ledger is sound:
 * received + produced + returnedFromCustomers + adjusted - consumed - delivered - returnedToVendors - scrapped - onHand.
 */
public record Balance(BigDecimal received, BigDecimal produced, BigDecimal returnedFromCustomers, BigDecimal consumed,
                      BigDecimal delivered, BigDecimal returnedToVendors, BigDecimal scrapped, BigDecimal adjusted,
                      BigDecimal onHand) {
    public BigDecimal discrepancy() {
        return received.add(produced).add(returnedFromCustomers).add(adjusted).subtract(consumed).subtract(delivered)
                .subtract(returnedToVendors).subtract(scrapped).subtract(onHand);
    }
}
