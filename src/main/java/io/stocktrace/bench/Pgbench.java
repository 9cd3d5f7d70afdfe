package io.stocktrace.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own yardstick on the same server as the benchmark's database: {@code pgbench} (TPC-B) in a scratch
 * database {@code stocktrace_bench_pgbench}, created, initialised at scale {@code --pgbench-scale} (10), run with
 * {@code --pgbench-clients} (16) clients on 2 threads for {@code --pgbench-seconds} (15), and dropped.
 */
final class Pgbench {
    static final String DATABASE = "stocktrace_bench_pgbench";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private final String host;
    private final int port;
    private final String user;

    private Pgbench(String host, int port, String user) {
        this.host = host;
        this.port = port;
        this.user = user;
    }

    /** The PostgreSQL server of a JDBC URL ({@code jdbc:postgresql://127.0.0.1:5432/db}). */
    static Pgbench onServerOf(String jdbcUrl, String user) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return new Pgbench(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user);
    }

    /** Transactions per second (without the initial connection time), the scratch database dropped after. */
    double tps(Map<String, String> options, PrintStream report) throws IOException, InterruptedException, SQLException {
        String scale = options.getOrDefault("pgbench-scale", "10");
        String clients = options.getOrDefault("pgbench-clients", "16");
        String seconds = options.getOrDefault("pgbench-seconds", "15");
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin("CREATE DATABASE " + DATABASE);
        try {
            run(List.of("-i", "-q", "-s", scale));
            String out = run(List.of("-c", clients, "-j", "2", "-T", seconds));
            Matcher tps = TPS.matcher(out);
            if (!tps.find()) {
                throw new IllegalStateException("pgbench printed no tps: " + out);
            }
            report.printf(Locale.ROOT, "pgbench -c %s -j 2 -T %s (TPC-B, scale %s): %s tps%n", clients, seconds, scale,
                    tps.group(1));
            return Double.parseDouble(tps.group(1));
        } finally {
            admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    private String run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pgbench", "-h", host, "-p", Integer.toString(port), "-U", user));
        command.addAll(arguments);
        command.add(DATABASE);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private void admin(String sql) throws SQLException {
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (var c = DriverManager.getConnection(url, user, ""); var st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
