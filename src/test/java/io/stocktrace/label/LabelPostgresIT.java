package io.stocktrace.label;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class LabelPostgresIT extends LabelTests {
}
