package io.stocktrace.lot;

import io.stocktrace.support.OnH2;

@OnH2
class LotSequenceH2IT extends LotSequenceTests {
}
