package io.stocktrace.launch;

import io.stocktrace.StocktraceApplication;
import io.stocktrace.cli.CommandLine;
import org.springframework.boot.SpringApplication;

/**
 * The jar's entry point: a command ({@code java -jar stocktrace.jar verify}, {@code bench load}, ...) runs and exits,
 * anything else serves. It lives apart from {@link StocktraceApplication} so that the application's own package
 * knows nothing of the commands, which start the application themselves (no import circle).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args));
        }
        SpringApplication.run(StocktraceApplication.class, args);
    }
}
