package io.stocktrace.lot;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class LotSequencePostgresIT extends LotSequenceTests {
}
