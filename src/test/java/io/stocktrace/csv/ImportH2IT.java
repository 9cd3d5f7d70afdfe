package io.stocktrace.csv;

import io.stocktrace.support.OnH2;

@OnH2
class ImportH2IT extends ImportTests {
}
