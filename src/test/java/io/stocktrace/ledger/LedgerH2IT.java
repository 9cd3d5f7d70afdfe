package io.stocktrace.ledger;

import io.stocktrace.support.OnH2;

@OnH2
class LedgerH2IT extends LedgerTests {
}
