package io.stocktrace.demo;

import io.stocktrace.support.OnH2;

@OnH2
class PageCrawlH2IT extends PageCrawlTests {
}
