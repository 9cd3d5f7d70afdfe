package io.stocktrace.node;

import io.stocktrace.support.OnH2;

@OnH2
class TwoNodesH2IT extends TwoNodesTests {
}
