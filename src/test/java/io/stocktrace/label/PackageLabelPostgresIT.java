package io.stocktrace.label;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class PackageLabelPostgresIT extends PackageLabelTests {
}
