package io.stocktrace.csv;

import io.stocktrace.support.OnH2;

@OnH2
class CsvInjectionH2IT extends CsvInjectionTests {
}
