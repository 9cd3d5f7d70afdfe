package io.stocktrace.security;

import io.stocktrace.support.OnH2;

@OnH2
class AccountRulesH2IT extends AccountRulesTests {
}
