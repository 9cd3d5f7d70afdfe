package io.stocktrace.epcis;

import io.stocktrace.support.OnH2;

@OnH2
class EpcisPackagingH2IT extends EpcisPackagingTests {
}
