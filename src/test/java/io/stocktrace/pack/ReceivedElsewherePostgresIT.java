package io.stocktrace.pack;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class ReceivedElsewherePostgresIT extends ReceivedElsewhereTests {
}
