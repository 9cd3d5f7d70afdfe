package io.stocktrace.ops;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class OperationsPostgresIT extends OperationsTests {
    @Override
    String refusalNames() {
        return "pg_dump -Fc";
    }
}
