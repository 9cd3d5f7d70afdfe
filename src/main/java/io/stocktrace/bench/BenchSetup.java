package io.stocktrace.bench;

import io.stocktrace.StocktraceApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** What every benchmark does first: read its options and give itself a fresh PostgreSQL database. */
final class BenchSetup {
    static final String PASSWORD = "benchmark-admin-password";

    /** A server started in this JVM, its port and the database it runs on, as the report names it. */
    record Server(ConfigurableApplicationContext app, int port, String database) implements AutoCloseable {
        @Override
        public void close() {
            app.close();
        }
    }

    private BenchSetup() {
    }

    /**
     * The application served on a random port against a fresh database ({@code --reuse} keeps the PostgreSQL one
     * as it is).
     */
    static Server start(Map<String, String> options) throws IOException, SQLException {
        Path dataDir = Files.createTempDirectory("stocktrace-bench");
        String postgres = options.get("postgres");
        List<String> springArgs = new ArrayList<>();
        if (postgres != null && options.containsKey("reuse")) {
            springArgs.addAll(existingDatabaseArgs(options, dataDir));
        } else {
            springArgs.addAll(springArgs(options, dataDir, PASSWORD));
        }
        springArgs.add("--server.port=0");
        ConfigurableApplicationContext app = SpringApplication.run(StocktraceApplication.class, springArgs.toArray(String[]::new));
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return new Server(app, port, postgres == null ? "H2 file " + dataDir : postgres);
    }

    /** The application's arguments for the PostgreSQL database of {@code --postgres} as it is (not recreated). */
    static List<String> existingDatabaseArgs(Map<String, String> options, Path dataDir) throws SQLException {
        Map<String, String> withoutPostgres = new HashMap<>(options);
        withoutPostgres.remove("postgres");
        List<String> args = new ArrayList<>(springArgs(withoutPostgres, dataDir, PASSWORD));
        args.add("--spring.datasource.url=" + options.get("postgres"));
        args.add("--spring.datasource.username=" + options.getOrDefault("user", "postgres"));
        args.add("--spring.datasource.password=" + options.getOrDefault("password", ""));
        return args;
    }

    /** Seconds, sorted: the median, the 95th percentile, min and max. */
    static String stats(List<Double> seconds, boolean millis) {
        List<Double> sorted = seconds.stream().sorted().toList();
        double scale = millis ? 1000 : 1;
        String unit = millis ? "ms" : "s";
        String value = millis ? "%.1f " + unit : "%.3f " + unit;
        int p95 = (int) Math.ceil(sorted.size() * 0.95) - 1;
        return String.format(Locale.ROOT, "median " + value + ", p95 " + value + ", min " + value + ", max " + value
                        + " (%d runs)", sorted.get(sorted.size() / 2) * scale, sorted.get(p95) * scale,
                sorted.get(0) * scale, sorted.get(sorted.size() - 1) * scale, sorted.size());
    }

    /** {@code --name=value}, {@code --name value} and bare {@code --flag} (value ""). */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                continue;
            }
            String arg = args[i].substring(2);
            if (arg.contains("=")) {
                options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(arg, args[++i]);
            } else {
                options.put(arg, "");
            }
        }
        return options;
    }

    /**
     * The application's arguments for a fresh database: the PostgreSQL database of {@code --postgres} dropped and
     * created, or else an H2 file in the data directory; logging quiet, the admin password given.
     */
    static List<String> springArgs(Map<String, String> options, Path dataDir, String adminPassword) throws SQLException {
        List<String> args = new ArrayList<>(List.of("--logging.level.root=warn", "--spring.main.banner-mode=off",
                "--stocktrace.admin-password=" + adminPassword, "--stocktrace.data-dir=" + dataDir));
        String postgres = options.get("postgres");
        if (options.containsKey("read-replicas")) {
            args.add("--stocktrace.read-replicas.url=" + options.get("read-replicas"));
        }
        if (postgres != null) {
            recreate(postgres);
            args.add("--spring.datasource.url=" + postgres);
            args.add("--spring.datasource.username=" + options.getOrDefault("user", "postgres"));
            args.add("--spring.datasource.password=" + options.getOrDefault("password", ""));
        }
        return args;
    }

    /** Drops the database the URL names (closing its connections) and creates it empty. */
    private static void recreate(String url) throws SQLException {
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (var c = DriverManager.getConnection(admin, "postgres", ""); var st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
            st.execute("CREATE DATABASE \"" + database + "\"");
        }
    }
}
