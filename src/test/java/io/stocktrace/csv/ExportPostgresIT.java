package io.stocktrace.csv;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class ExportPostgresIT extends ExportTests {
}
