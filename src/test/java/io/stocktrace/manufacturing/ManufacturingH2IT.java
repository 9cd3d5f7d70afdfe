package io.stocktrace.manufacturing;

import io.stocktrace.support.OnH2;

@OnH2
class ManufacturingH2IT extends ManufacturingTests {
}
