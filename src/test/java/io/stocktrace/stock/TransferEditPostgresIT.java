package io.stocktrace.stock;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class TransferEditPostgresIT extends TransferEditTests {
}
