package io.stocktrace;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every Stocktrace setting in one place.
 *
 * @param dataDir            where the H2 database and the initial admin password live
 * @param adminPassword      the first admin's password (from STOCKTRACE_ADMIN_PASSWORD); generated when empty
 * @param demoData           load the demo into an empty database at start
 * @param requirePostgresql  refuse to start on anything but PostgreSQL (the prod profile sets it)
 * @param requestLimits      the size and time one API request may take
 */
@ConfigurationProperties("stocktrace")
public record StocktraceProperties(
        @DefaultValue("./data") Path dataDir,
        String adminPassword,
        @DefaultValue("false") boolean demoData,
        @DefaultValue("false") boolean requirePostgresql,
        @DefaultValue RequestLimits requestLimits) {
}
