package io.stocktrace.gs1;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class Gs1ParsePostgresIT extends Gs1ParseTests {
}
