package io.stocktrace.cli;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class TransferCommandPostgresIT extends TransferCommandTests {
}
