package io.stocktrace.bench;

import io.stocktrace.support.OnH2;

@OnH2
class RecallEquivalenceH2IT extends RecallEquivalenceTests {
}
