package io.stocktrace.label;

import io.stocktrace.support.OnH2;

@OnH2
class LabelH2IT extends LabelTests {
}
