package io.stocktrace.db;

import io.stocktrace.StocktraceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started the server where their data lives. */
@Component
class StartupReport {
    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private final StocktraceProperties properties;
    private final Environment environment;

    StartupReport(StocktraceProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        String url = environment.getProperty("spring.datasource.url", "");
        log.info("Stocktrace data directory: {}", properties.dataDir().toAbsolutePath().normalize());
        log.info("Stocktrace database: {}", url.contains(";") ? url.substring(0, url.indexOf(';')) : url);
    }
}
