package io.stocktrace.csv;

import io.stocktrace.support.OnH2;

@OnH2
class ExportH2IT extends ExportTests {
}
