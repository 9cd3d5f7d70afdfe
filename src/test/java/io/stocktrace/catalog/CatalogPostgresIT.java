package io.stocktrace.catalog;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class CatalogPostgresIT extends CatalogTests {
}
