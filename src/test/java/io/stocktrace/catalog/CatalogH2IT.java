package io.stocktrace.catalog;

import io.stocktrace.support.OnH2;

@OnH2
class CatalogH2IT extends CatalogTests {
}
