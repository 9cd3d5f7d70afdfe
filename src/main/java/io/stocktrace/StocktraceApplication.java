package io.stocktrace;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring application. Its {@code main} is {@code io.stocktrace.launch.Main}, which also runs the commands: the
 * commands start this application, so it must not know them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StocktraceApplication {
}
