package io.stocktrace.limits;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class InputLimitsPostgresIT extends InputLimitsTests {
}
