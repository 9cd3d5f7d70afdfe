package io.stocktrace.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.stock.LedgerCheck;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An API test after which {@code verify} (the {@link LedgerCheck} the command runs) must find the quants equal to
 * the ledger and the reservations equal to the open transfers, and the ledger's hash chain intact (every move line,
 * lot event and recall sealed in a block by the operation that wrote it).
 */
public abstract class LedgerStaysSound extends ApiTest {
    @Autowired
    private LedgerCheck ledger;

    @AfterEach
    void verifyFindsNoDrift() {
        LedgerCheck.Report report = ledger.verify();
        assertThat(report.drifts()).as(report.summary()).isEmpty();
        assertThat(report.chain().findings()).as(report.summary()).isEmpty();
    }
}
