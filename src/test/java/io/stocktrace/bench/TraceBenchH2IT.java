package io.stocktrace.bench;

import io.stocktrace.support.OnH2;

@OnH2
class TraceBenchH2IT extends TraceBenchTests {
}
