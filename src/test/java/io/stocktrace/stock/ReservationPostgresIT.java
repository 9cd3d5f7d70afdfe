package io.stocktrace.stock;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class ReservationPostgresIT extends ReservationTests {
}
