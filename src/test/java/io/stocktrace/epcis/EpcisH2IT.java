package io.stocktrace.epcis;

import io.stocktrace.support.OnH2;

@OnH2
class EpcisH2IT extends EpcisTests {
}
