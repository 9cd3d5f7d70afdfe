package io.stocktrace.ledger;

import java.util.List;

/** What verify found: how many blocks and rows it recomputed, and each row or block that does not match, first first. */
public record LedgerVerification(long blocks, long rows, List<String> findings) {
    public boolean isIntact() {
        return findings.isEmpty();
    }
}
