package io.stocktrace.security;

import io.stocktrace.support.OnH2;

@OnH2
class RoleRulesH2IT extends RoleRulesTests {
}
