package io.stocktrace.calendar;

import io.stocktrace.support.OnH2;

@OnH2
class SiteTimeZoneH2IT extends SiteTimeZoneTests {
}
