package io.stocktrace.trace;

import io.stocktrace.support.OnH2;

@OnH2
class TraceOperationsH2IT extends TraceOperationsTests {
}
