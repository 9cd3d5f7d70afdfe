package io.stocktrace.ops;

import io.stocktrace.support.OnH2;

@OnH2
class OperationsH2IT extends OperationsTests {
    @Override
    String refusalNames() {
        return "jdbc:h2:mem:";
    }
}
