package io.stocktrace.api;

import io.stocktrace.support.OnH2;

@OnH2
class RequestLimitsH2IT extends RequestLimitsTests {
}
