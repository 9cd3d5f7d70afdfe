package io.stocktrace.web;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class SubmitOncePostgresIT extends SubmitOnceTests {
}
