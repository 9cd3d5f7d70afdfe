package io.stocktrace.trace;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class RecallHistoryPostgresIT extends RecallHistoryTests {
}
