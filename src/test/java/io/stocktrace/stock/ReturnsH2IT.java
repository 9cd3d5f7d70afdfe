package io.stocktrace.stock;

import io.stocktrace.support.OnH2;

@OnH2
class ReturnsH2IT extends ReturnsTests {
}
