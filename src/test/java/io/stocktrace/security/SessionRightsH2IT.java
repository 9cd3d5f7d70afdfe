package io.stocktrace.security;

import io.stocktrace.support.OnH2;

@OnH2
class SessionRightsH2IT extends SessionRightsTests {
}
