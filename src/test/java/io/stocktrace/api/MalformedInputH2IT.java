package io.stocktrace.api;

import io.stocktrace.support.OnH2;

@OnH2
class MalformedInputH2IT extends MalformedInputTests {
}
