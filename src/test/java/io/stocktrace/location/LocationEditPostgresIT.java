package io.stocktrace.location;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class LocationEditPostgresIT extends LocationEditTests {
}
