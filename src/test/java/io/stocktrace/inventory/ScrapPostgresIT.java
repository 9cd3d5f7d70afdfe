package io.stocktrace.inventory;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class ScrapPostgresIT extends ScrapTests {
}
