package io.stocktrace.security;

import io.stocktrace.support.OnH2;

@OnH2
class LoginProtectionH2IT extends LoginProtectionTests {
}
