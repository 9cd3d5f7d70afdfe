package io.stocktrace.cli;

import io.stocktrace.support.OnH2;

@OnH2
class TransferCommandH2IT extends TransferCommandTests {
}
