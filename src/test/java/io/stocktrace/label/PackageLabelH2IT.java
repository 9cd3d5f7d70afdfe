package io.stocktrace.label;

import io.stocktrace.support.OnH2;

@OnH2
class PackageLabelH2IT extends PackageLabelTests {
}
