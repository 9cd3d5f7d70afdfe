package io.stocktrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.StocktraceApplication;
import io.stocktrace.support.Http;
import io.stocktrace.support.PostgresAvailable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code verify} against a ledger edited behind the application's back (the append-only trigger off): it prints the
 * move line whose content no longer matches the hash sealed in the chain, by table and id, and exits 1.
 */
class LedgerVerifyCommandIT {
    private static final String ADMIN_PASSWORD = "admin-password-for-ledger-verify";

    @Test
    void names_the_move_line_changed_behind_the_applications_back_on_h2() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "ledger-verify-h2-").toAbsolutePath();
        String url = "jdbc:h2:file:" + dir.resolve("stocktrace")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        namesTheTamperedMoveLine(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--stocktrace.data-dir=" + dir, "--logging.level.root=warn"), false);
    }

    @Test
    @ExtendWith(PostgresAvailable.class)
    void names_the_move_line_changed_behind_the_applications_back_on_postgresql() throws Exception {
        String server = PostgresAvailable.URL.substring(0, PostgresAvailable.URL.lastIndexOf('/') + 1);
        // named after the test database, so that runs against other test databases do not drop each other's
        String database = PostgresAvailable.URL.substring(server.length()).split("\\?")[0] + "_ledger_verify";
        try (Connection admin = DriverManager.getConnection(server + "postgres", PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + database);
            try {
                Path dir = Files.createTempDirectory(Path.of("target"), "ledger-verify-pg-").toAbsolutePath();
                namesTheTamperedMoveLine(List.of("--spring.datasource.url=" + server + database,
                        "--spring.datasource.username=" + PostgresAvailable.USER,
                        "--spring.datasource.password=" + PostgresAvailable.PASSWORD, "--stocktrace.data-dir=" + dir,
                        "--logging.level.root=warn"), true);
            } finally {
                st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static void namesTheTamperedMoveLine(List<String> db, boolean postgres) throws Exception {
        receiveThroughTheApplication(db);
        assertThat(verify(db)).startsWith("0\n");

        String url = db.get(0).substring("--spring.datasource.url=".length());
        String user = db.get(1).substring("--spring.datasource.username=".length());
        String password = db.get(2).substring("--spring.datasource.password=".length());
        long line;
        try (Connection c = DriverManager.getConnection(url, user, password); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT MAX(id) FROM move_lines");
            rs.next();
            line = rs.getLong(1);
            st.execute(postgres ? "ALTER TABLE move_lines DISABLE TRIGGER trg_move_lines_append_only"
                    : "DROP TRIGGER trg_move_lines_append_only");
            st.executeUpdate("UPDATE move_lines SET actor = 'someone else' WHERE id = " + line);
        }

        String out = verify(db);
        assertThat(out).startsWith("1\n").contains("TAMPERED move_lines id=" + line + ": does not match the hash sealed")
                .contains("ledger chain of 1 blocks, 1 rows TAMPERED.");
        assertThat(out.lines().filter(l -> l.startsWith("TAMPERED "))).hasSize(1);
    }

    private static void receiveThroughTheApplication(List<String> db) {
        List<String> args = new ArrayList<>(db);
        args.addAll(List.of("--server.port=0", "--stocktrace.admin-password=" + ADMIN_PASSWORD));
        try (ConfigurableApplicationContext app = new SpringApplication(StocktraceApplication.class)
                .run(args.toArray(String[]::new))) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            String token = Http.to(port).basic("admin", ADMIN_PASSWORD)
                    .post("/api/v1/users/1/tokens", Map.of("name", "verify")).json().path("token").asString();
            Http api = Http.to(port).bearer(token);
            long milk = api.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot"))
                    .json().path("id").asLong();
            long receipt = api.post("/api/v1/transfers", Map.of("type", "receipt", "lines",
                    List.of(Map.of("productId", milk, "lot", "MILK-1", "quantity", 10)))).json().path("id").asLong();
            assertThat(api.post("/api/v1/transfers/" + receipt + "/validate", null).status()).isEqualTo(200);
        }
    }

    /** The exit code on the first line, then what the command printed. */
    private static String verify(List<String> db) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("verify"));
        args.addAll(db);
        int exitCode;
        try (PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            exitCode = CommandLine.run(args.toArray(String[]::new), new Console(tee, System.err, Map.of()));
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        original.print(out);
        return exitCode + "\n" + out;
    }
}
