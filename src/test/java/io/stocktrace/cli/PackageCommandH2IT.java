package io.stocktrace.cli;

import io.stocktrace.support.OnH2;

@OnH2
class PackageCommandH2IT extends PackageCommandTests {
}
