package io.stocktrace.epcis;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class EpcisPackagingPostgresIT extends EpcisPackagingTests {
}
