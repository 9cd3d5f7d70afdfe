package io.stocktrace.trace;

import io.stocktrace.support.OnH2;

@OnH2
class TraceH2IT extends TraceTests {
}
