package io.stocktrace.web;

import io.stocktrace.support.OnH2;

@OnH2
class SubmitOnceH2IT extends SubmitOnceTests {
}
