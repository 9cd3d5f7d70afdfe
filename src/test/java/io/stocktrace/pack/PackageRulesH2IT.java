package io.stocktrace.pack;

import io.stocktrace.support.OnH2;

@OnH2
class PackageRulesH2IT extends PackageRulesTests {
}
