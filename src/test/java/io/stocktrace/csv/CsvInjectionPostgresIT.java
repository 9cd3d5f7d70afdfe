package io.stocktrace.csv;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class CsvInjectionPostgresIT extends CsvInjectionTests {
}
