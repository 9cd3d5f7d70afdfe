package io.stocktrace.trace;

import io.stocktrace.support.OnH2;

@OnH2
class RecallHistoryH2IT extends RecallHistoryTests {
}
