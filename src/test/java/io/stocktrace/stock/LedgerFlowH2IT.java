package io.stocktrace.stock;

import io.stocktrace.support.OnH2;

@OnH2
class LedgerFlowH2IT extends LedgerFlowTests {
}
