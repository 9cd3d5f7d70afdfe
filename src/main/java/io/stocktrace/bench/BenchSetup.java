package io.stocktrace.bench;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every benchmark does first: read its options and give itself a fresh PostgreSQL database. */
final class BenchSetup {
    private BenchSetup() {
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
