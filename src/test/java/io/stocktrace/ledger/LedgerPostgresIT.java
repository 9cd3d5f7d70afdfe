package io.stocktrace.ledger;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class LedgerPostgresIT extends LedgerTests {
}
