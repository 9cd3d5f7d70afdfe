package io.stocktrace.epcis.capture;

import io.stocktrace.support.OnH2;

@OnH2
class EpcisCaptureH2IT extends EpcisCaptureTests {
}
