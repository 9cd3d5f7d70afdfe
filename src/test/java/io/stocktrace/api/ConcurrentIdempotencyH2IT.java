package io.stocktrace.api;

import io.stocktrace.support.OnH2;

@OnH2
class ConcurrentIdempotencyH2IT extends ConcurrentIdempotencyTests {
}
