package io.stocktrace.stock;

import io.stocktrace.support.OnH2;

@OnH2
class TransferEditH2IT extends TransferEditTests {
}
