package io.stocktrace.stock;

import io.stocktrace.support.OnH2;

@OnH2
class EveryLineProblemH2IT extends EveryLineProblemTests {
}
