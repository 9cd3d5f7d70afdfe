package io.stocktrace.cli;

import io.stocktrace.StocktraceApplication;
import io.stocktrace.stock.LedgerCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code verify}: offline, against the configured database, recomputes every quant from the ledger, prints any
 * drift and exits 0 only when there is none.
 */
final class VerifyCommand {
    private VerifyCommand() {
    }

    static int run(String[] args) {
        String[] springArgs = java.util.Arrays.copyOfRange(args, 1, args.length);
        SpringApplication app = new SpringApplication(StocktraceApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(java.util.Map.of("logging.level.root", "warn"));
        try (ConfigurableApplicationContext context = app.run(springArgs)) {
            var report = context.getBean(LedgerCheck.class).verify();
            report.drifts().forEach(d -> System.out.println("DRIFT " + d));
            System.out.println(report.summary());
            return report.isClean() ? 0 : 1;
        } catch (RuntimeException e) {
            System.err.println("verify failed: " + e.getMessage());
            return 1;
        }
    }
}
