package io.stocktrace.epcis.capture;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class CapturedSupplierKdesPostgresIT extends CapturedSupplierKdesTests {
}
