package io.stocktrace.report;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class Fsma204PostgresIT extends Fsma204Tests {
}
