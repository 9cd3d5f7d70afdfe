package io.stocktrace.lot;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class DashboardQueriesPostgresIT extends DashboardQueriesTests {
}
