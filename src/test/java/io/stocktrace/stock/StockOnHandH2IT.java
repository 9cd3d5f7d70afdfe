package io.stocktrace.stock;

import io.stocktrace.support.OnH2;

@OnH2
class StockOnHandH2IT extends StockOnHandTests {
}
