package io.stocktrace.gs1;

import io.stocktrace.support.OnH2;

@OnH2
class Gs1ParseH2IT extends Gs1ParseTests {
}
