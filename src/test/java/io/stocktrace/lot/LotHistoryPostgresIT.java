package io.stocktrace.lot;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class LotHistoryPostgresIT extends LotHistoryTests {
}
