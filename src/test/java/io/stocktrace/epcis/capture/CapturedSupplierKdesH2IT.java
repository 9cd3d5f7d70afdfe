package io.stocktrace.epcis.capture;

import io.stocktrace.support.OnH2;

@OnH2
class CapturedSupplierKdesH2IT extends CapturedSupplierKdesTests {
}
