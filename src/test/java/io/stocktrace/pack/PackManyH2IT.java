package io.stocktrace.pack;

import io.stocktrace.support.OnH2;

@OnH2
class PackManyH2IT extends PackManyTests {
}
