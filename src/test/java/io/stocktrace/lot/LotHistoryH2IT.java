package io.stocktrace.lot;

import io.stocktrace.support.OnH2;

@OnH2
class LotHistoryH2IT extends LotHistoryTests {
}
