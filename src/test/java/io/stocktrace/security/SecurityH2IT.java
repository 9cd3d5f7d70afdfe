package io.stocktrace.security;

import io.stocktrace.support.OnH2;

@OnH2
class SecurityH2IT extends SecurityTests {
}
