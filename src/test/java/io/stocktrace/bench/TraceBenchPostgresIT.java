package io.stocktrace.bench;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class TraceBenchPostgresIT extends TraceBenchTests {
}
