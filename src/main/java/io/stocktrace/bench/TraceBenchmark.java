package io.stocktrace.bench;

import io.stocktrace.StocktraceApplication;
import io.stocktrace.epcis.EpcisService;
import io.stocktrace.report.Fsma204Service;
import io.stocktrace.stock.LedgerCheck;
import io.stocktrace.stock.TransferService;
import io.stocktrace.trace.RecallService;
import io.stocktrace.trace.TraceService;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code bench trace --size XS|S|M|L|XL [--seed N] [--postgres=jdbc:postgresql://host/db]}: generates a plant's history
 * of the size into a fresh database (H2 file in a temp directory, or the PostgreSQL database dropped and created),
 * loaded straight into the tables, then runs the scenarios (a) random lots, (b) the hot lot and its recall, (c) bulk
 * serials, and prints every time with the comparators. Options: {@code --lots=1000 --rounds=5 --naive-cap=60}
 * (seconds), {@code --serial-stock=1000000 --serials=10000} (0 skips scenario c), {@code --verify} (runs the ledger
 * check on the generated data), {@code --no-analyze}, {@code --vacuum} (VACUUM (ANALYZE) instead of ANALYZE after each
 * load), {@code --standards} (adds (d): the hot lot's EPCIS document
 * and FSMA 204 spreadsheet), {@code --scenarios=abcd} (which to run), {@code --recall=false} (the hot lot without
 * its recall), {@code --reuse} (PostgreSQL: runs on the data an earlier run loaded into that database, without
 * loading again), {@code --http} (serves the application on a random port and adds (h): the traces of (a) and (b)
 * through HTTP with an API token beside the floor, a static file of the same server; then {@code --scenarios}
 * defaults to {@code h}, {@code --http-lots=200} random lots each way; {@code r} adds the hot lot's recall through
 * HTTP, {@link RecallHttpScenario}; {@code s} a receipt and delivery of {@code --http-serials=10000} serials through
 * the API, {@link SerialsHttpScenario}; {@code p} the web pages of {@code bench pages} with a logged-in session,
 * {@code --page-requests=30} each, {@link PagesHttpScenario}).
 */
public final class TraceBenchmark {
    private TraceBenchmark() {
    }

    public static int run(String[] args) throws Exception {
        Map<String, String> options = BenchSetup.options(args);
        BenchSize size = BenchSize.parse(options.getOrDefault("size", "S"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        String postgres = options.get("postgres");
        Path dataDir = Files.createTempDirectory("stocktrace-trace-bench");
        boolean reuse = postgres != null && options.containsKey("reuse");
        List<String> springArgs = new ArrayList<>(reuse ? BenchSetup.existingDatabaseArgs(options, dataDir)
                : BenchSetup.springArgs(options, dataDir, BenchSetup.PASSWORD));
        boolean http = options.containsKey("http");
        SpringApplication application = new SpringApplication(StocktraceApplication.class);
        application.setWebApplicationType(http ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        if (http) {
            springArgs.add("--server.port=0");
        }
        try (ConfigurableApplicationContext app = application.run(springArgs.toArray(String[]::new))) {
            PrintStream report = System.out;
            DataSource dataSource = app.getBean(DataSource.class);
            header(report, size, seed, dataSource, postgres == null ? "H2 file " + dataDir : postgres);
            long start = System.nanoTime();
            TraceDataGenerator.Generated data;
            if (reuse) {
                data = TraceDataGenerator.alreadyLoaded(dataSource);
                report.printf(Locale.ROOT, "reusing the data loaded before: lots %,d to %,d, hot lot %d%n",
                        data.firstLotId(), data.lastLotId(), data.hotLotId());
            } else {
                data = load(dataSource, out -> new TraceDataGenerator(size, seed).generate(out));
                report.printf(Locale.ROOT, "loaded in %.1f s: %,d move lines, %,d lots, %,d manufacturing orders, %,d "
                                + "transfers, %,d lot links, %,d days%n", seconds(start), data.moveLines(), data.lots(),
                        data.manufacturingOrders(), data.transfers(), data.lotLinks(), data.days());
                analyze(report, dataSource, options);
            }
            String scenarioSet = options.getOrDefault("scenarios", http ? "h" : "abcd");
            if (options.containsKey("verify")) {
                start = System.nanoTime();
                report.printf(Locale.ROOT, "ledger check: %s (%.1f s)%n",
                        app.getBean(LedgerCheck.class).verify().summary(), seconds(start));
            }
            int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
            if (http) {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                var server = BenchServer.on(new BenchSetup.Server(app, port, postgres == null ? "H2" : postgres));
                if (scenarioSet.contains("h")) {
                    new TraceHttpScenario(server, report).run(data,
                            Integer.parseInt(options.getOrDefault("http-lots", "200")), seed, rounds);
                }
                if (scenarioSet.contains("r")) {
                    new RecallHttpScenario(server, dataSource, report).run(data.hotLotId(), rounds);
                }
                if (scenarioSet.contains("s")) {
                    new SerialsHttpScenario(server, report).run(
                            Integer.parseInt(options.getOrDefault("http-serials", "10000")), rounds);
                }
                if (scenarioSet.contains("p")) {
                    new PagesHttpScenario(port, dataSource, report).run(data,
                            Integer.parseInt(options.getOrDefault("page-requests", "30")));
                }
            }
            var scenarios = new TraceScenarios(app.getBean(TraceService.class), app.getBean(RecallService.class),
                    dataSource, app.getBean(PlatformTransactionManager.class), report);
            long naiveCap = Long.parseLong(options.getOrDefault("naive-cap", "60")) * 1000;
            if (options.containsKey("standards") && scenarioSet.contains("d")) {
                new StandardsScenario(app.getBean(EpcisService.class), app.getBean(Fsma204Service.class), dataSource, report)
                        .run(data.hotLotId(), rounds);
            }
            if (scenarioSet.contains("a")) {
                scenarios.randomLots(data, Integer.parseInt(options.getOrDefault("lots", "1000")), seed, naiveCap);
            }
            if (scenarioSet.contains("b")) {
                scenarios.hotLot(data.hotLotId(), rounds, naiveCap, !"false".equals(options.get("recall")));
            }
            long stock = Long.parseLong(options.getOrDefault("serial-stock", "1000000"));
            if (stock > 0 && scenarioSet.contains("c")) {
                var serials = new SerialScenario(app.getBean(TransferService.class), report);
                start = System.nanoTime();
                long lines = load(dataSource, out -> serials.seed(out, stock));
                report.printf(Locale.ROOT, "(c) loaded %,d serials in stock (%,d move lines) in %.1f s%n", stock, lines,
                        seconds(start));
                analyze(report, dataSource, options);
                serials.run(stock, Integer.parseInt(options.getOrDefault("serials", "10000")), rounds);
            }
        }
        return 0;
    }

    interface Loading<T> {
        T into(BulkLoad out) throws SQLException;
    }

    /** Runs the loading on one connection and finishes it (identities moved past the rows loaded). */
    static <T> T load(DataSource dataSource, Loading<T> loading) throws SQLException {
        try (BulkLoad out = new BulkLoad(dataSource.getConnection())) {
            T result = loading.into(out);
            out.finish();
            System.out.printf(Locale.ROOT, "(writing to the database: %.1f s of the load)%n", out.writingSeconds());
            return result;
        }
    }

    /** ANALYZE, or with {@code --vacuum} (PostgreSQL) VACUUM (ANALYZE): the visibility map index-only scans need. */
    private static void analyze(PrintStream report, DataSource dataSource, Map<String, String> options)
            throws SQLException {
        if (options.containsKey("no-analyze")) {
            report.println("no ANALYZE: the planner has only what autovacuum gathered");
            return;
        }
        String statement = options.containsKey("vacuum") ? "VACUUM (ANALYZE)" : "ANALYZE";
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            st.execute(statement);
        }
        report.printf(Locale.ROOT, "%s in %.1f s%n", statement, seconds(start));
    }

    private static void header(PrintStream report, BenchSize size, long seed, DataSource dataSource, String database)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            report.printf(Locale.ROOT, "trace benchmark: size %s (about %,d move lines), seed %d%n", size, size.moveLines,
                    seed);
            report.printf(Locale.ROOT, "database: %s (%s %s)%n", database, meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion());
            report.printf(Locale.ROOT, "machine: %d processors, JVM max heap %,d MiB, Java %s%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"));
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
