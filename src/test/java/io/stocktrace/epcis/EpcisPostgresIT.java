package io.stocktrace.epcis;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class EpcisPostgresIT extends EpcisTests {
}
