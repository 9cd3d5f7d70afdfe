package io.stocktrace.demo;

import io.stocktrace.support.OnPostgres;

@OnPostgres
class PageCrawlPostgresIT extends PageCrawlTests {
}
