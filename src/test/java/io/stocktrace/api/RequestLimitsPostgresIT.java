package io.stocktrace.api;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class RequestLimitsPostgresIT extends RequestLimitsTests {
}
