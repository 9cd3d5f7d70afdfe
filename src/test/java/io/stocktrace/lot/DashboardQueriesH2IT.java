package io.stocktrace.lot;

import io.stocktrace.support.OnH2;

@OnH2
class DashboardQueriesH2IT extends DashboardQueriesTests {
}
