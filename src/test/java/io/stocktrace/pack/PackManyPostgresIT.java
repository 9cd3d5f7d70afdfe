package io.stocktrace.pack;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class PackManyPostgresIT extends PackManyTests {
}
