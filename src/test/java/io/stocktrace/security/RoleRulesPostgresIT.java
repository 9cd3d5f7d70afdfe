package io.stocktrace.security;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class RoleRulesPostgresIT extends RoleRulesTests {
}
