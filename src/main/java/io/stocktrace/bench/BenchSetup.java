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

/**
 * What every benchmark does first: read its {@code --name=value} options, start the server in this JVM on a random
 * port against a fresh database (an H2 file in a temporary directory, or the PostgreSQL database of {@code --postgres},
 * dropped and created), with an admin password of its own; and how the figures are printed.
 */
final class BenchSetup {
    static final String PASSWORD = "benchmark-admin-password";

    /** The server started, its port and the database it runs on, as the report names it. */
    record Server(ConfigurableApplicationContext app, int port, String database) implements AutoCloseable {
        @Override
        public void close() {
            app.close();
        }
    }

    private BenchSetup() {
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }

    static Server start(Map<String, String> options) throws IOException, SQLException {
        String postgres = options.get("postgres");
        List<String> springArgs = new ArrayList<>(List.of("--server.port=0", "--stocktrace.admin-password=" + PASSWORD,
                "--logging.level.root=warn", "--spring.main.banner-mode=off"));
        Path dataDir = Files.createTempDirectory("stocktrace-bench");
        springArgs.add("--stocktrace.data-dir=" + dataDir);
        if (postgres != null) {
            if (!options.containsKey("reuse")) {
                recreate(postgres);
            }
            springArgs.add("--spring.datasource.url=" + postgres);
            springArgs.add("--spring.datasource.username=" + options.getOrDefault("user", "postgres"));
            springArgs.add("--spring.datasource.password=" + options.getOrDefault("password", ""));
        }
        ConfigurableApplicationContext app = SpringApplication.run(StocktraceApplication.class,
                springArgs.toArray(String[]::new));
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return new Server(app, port, postgres == null ? "H2 file " + dataDir : postgres);
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

    private static void recreate(String url) throws SQLException {
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (var c = DriverManager.getConnection(admin, "postgres", ""); var st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + database + "\"");
            st.execute("CREATE DATABASE \"" + database + "\"");
        }
    }
}
