package io.stocktrace.security;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class SessionRightsPostgresIT extends SessionRightsTests {
}
