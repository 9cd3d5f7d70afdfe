package io.stocktrace.pack;

import io.stocktrace.support.OnH2;

@OnH2
class ReceivedElsewhereH2IT extends ReceivedElsewhereTests {
}
