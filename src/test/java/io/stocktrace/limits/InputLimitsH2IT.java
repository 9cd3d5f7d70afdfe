package io.stocktrace.limits;

import io.stocktrace.support.OnH2;

@OnH2
class InputLimitsH2IT extends InputLimitsTests {
}
