package io.stocktrace.calendar;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class SiteTimeZonePostgresIT extends SiteTimeZoneTests {
}
