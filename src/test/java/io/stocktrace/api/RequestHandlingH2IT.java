package io.stocktrace.api;

import io.stocktrace.support.OnH2;

@OnH2
class RequestHandlingH2IT extends RequestHandlingTests {
}
