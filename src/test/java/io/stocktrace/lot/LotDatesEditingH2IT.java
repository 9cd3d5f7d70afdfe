package io.stocktrace.lot;

import io.stocktrace.support.OnH2;

@OnH2
class LotDatesEditingH2IT extends LotDatesEditingTests {
}
