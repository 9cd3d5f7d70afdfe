package io.stocktrace.bench;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class RecallEquivalencePostgresIT extends RecallEquivalenceTests {
}
