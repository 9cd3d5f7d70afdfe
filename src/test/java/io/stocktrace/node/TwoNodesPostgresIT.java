package io.stocktrace.node;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class TwoNodesPostgresIT extends TwoNodesTests {
}
