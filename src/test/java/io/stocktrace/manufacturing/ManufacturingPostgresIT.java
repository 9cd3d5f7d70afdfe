package io.stocktrace.manufacturing;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class ManufacturingPostgresIT extends ManufacturingTests {
}
