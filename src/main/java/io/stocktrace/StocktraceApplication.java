package io.stocktrace;

import io.stocktrace.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StocktraceApplication {
    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args));
        }
        SpringApplication.run(StocktraceApplication.class, args);
    }
}
