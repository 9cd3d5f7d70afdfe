package io.stocktrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.StocktraceApplication;
import io.stocktrace.location.Locations;
import io.stocktrace.support.Http;
import io.stocktrace.support.PostgresAvailable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code verify} as an operator runs it: against a database the application filled through its API, it proves quants
 * equal the ledger, and once a quant is changed behind the ledger's back, it names the drift and exits 1.
 */
class VerifyCommandIT {
    private static final String ADMIN_PASSWORD = "admin-password-for-verify";

    /** A database the application and the command both open. */
    private record Database(String url, String user, String password, Path dataDir) {
        String[] args(String... more) {
            List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                    "--stocktrace.data-dir=" + dataDir, "--logging.level.root=warn"));
            args.addAll(List.of(more));
            return args.toArray(String[]::new);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    /** What the story left in stock, by id, for the assertions. */
    private record Stock(long milk, long milkLot, long bolts, long phone) {
    }

    private record Result(int exitCode, String out) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @Test
    void proves_a_clean_h2_ledger_and_names_the_drift_injected_into_its_quants() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "verify-h2-").toAbsolutePath();
        String url = "jdbc:h2:file:" + dir.resolve("stocktrace")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        provesTheLedgerAndNamesDrift(new Database(url, "sa", "", dir));
    }

    @Test
    @ExtendWith(PostgresAvailable.class)
    void proves_a_clean_postgresql_ledger_and_names_the_drift_injected_into_its_quants() throws Exception {
        String server = PostgresAvailable.URL.substring(0, PostgresAvailable.URL.lastIndexOf('/') + 1);
        // beside the test database named by STOCKTRACE_TEST_POSTGRES_URL, so parallel runs keep apart
        String database = PostgresAvailable.URL.substring(server.length()).split("\\?")[0] + "_verify";
        try (Connection admin = DriverManager.getConnection(server + "postgres", PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + database);
        }
        Path dir = Files.createTempDirectory(Path.of("target"), "verify-pg-").toAbsolutePath();
        provesTheLedgerAndNamesDrift(new Database(server + database, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD, dir));
    }

    private void provesTheLedgerAndNamesDrift(Database db) throws Exception {
        Stock stock = receiveAndDeliverThroughTheApplication(db);

        Result clean = verify(db);
        assertThat(clean.exitCode()).as(clean.out()).isZero();
        assertThat(clean.lines()).as(clean.out()).noneMatch(l -> l.startsWith("DRIFT"))
                .anyMatch(l -> l.startsWith("OK: ") && l.contains("move lines") && l.contains("quants checked"));

        try (Connection c = db.connect(); var st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE quants SET quantity = quantity + 1 WHERE product_id = " + stock.milk()
                    + " AND lot_id = " + stock.milkLot() + " AND location_id = " + Locations.STOCK)).isEqualTo(1);
        }
        Result drifted = verify(db);
        assertThat(drifted.exitCode()).as(drifted.out()).isEqualTo(1);
        assertThat(drifted.lines()).as(drifted.out()).filteredOn(l -> l.startsWith("DRIFT "))
                .containsExactly("DRIFT quantity product=" + stock.milk() + " location=" + Locations.STOCK
                        + " lot=" + stock.milkLot() + " stored=7 expected=6");
        assertThat(drifted.out()).doesNotContain("OK: ").contains("DRIFT: 1 differences");

        try (Connection c = db.connect(); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM quants WHERE product_id = " + stock.bolts());
        }
        Result missing = verify(db);
        assertThat(missing.exitCode()).as(missing.out()).isEqualTo(1);
        assertThat(missing.lines()).as(missing.out()).filteredOn(l -> l.startsWith("DRIFT "))
                .containsExactly("DRIFT quantity product=" + stock.milk() + " location=" + Locations.STOCK
                                + " lot=" + stock.milkLot() + " stored=7 expected=6",
                        "DRIFT quantity product=" + stock.bolts() + " location=" + Locations.STOCK
                                + " lot=- stored=0 expected=70");
    }

    /**
     * Starts the application once on the database, receives, delivers and reserves an open delivery through its API,
     * and stops it.
     */
    private Stock receiveAndDeliverThroughTheApplication(Database db) {
        try (ConfigurableApplicationContext app = new SpringApplication(StocktraceApplication.class)
                .run(db.args("--server.port=0", "--stocktrace.admin-password=" + ADMIN_PASSWORD))) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            String token = Http.to(port).basic("admin", ADMIN_PASSWORD)
                    .post("/api/v1/users/1/tokens", Map.of("name", "verify")).json().path("token").asString();
            Http api = Http.to(port).bearer(token);
            long milk = created(api.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot")));
            long bolts = created(api.post("/api/v1/products", Map.of("sku", "BOLT", "name", "Bolt", "tracking", "none")));
            long phone = created(api.post("/api/v1/products", Map.of("sku", "PHONE", "name", "Phone", "tracking", "serial")));

            done(api, transfer(api, "receipt", line(milk, "MILK-1", null, 10), line(bolts, null, null, 100),
                    line(phone, null, List.of("SN-1", "SN-2", "SN-3"), null)));
            done(api, transfer(api, "delivery", line(milk, "MILK-1", null, 4), line(bolts, null, null, 30),
                    line(phone, null, null, 2)));
            long open = transfer(api, "delivery", line(milk, null, null, 2), line(phone, null, null, 1));
            var reserved = api.post("/api/v1/transfers/" + open + "/reserve", null);
            assertThat(reserved.json().path("state").asString()).as(reserved.body()).isEqualTo("ready");
            long milkLot = api.get("/api/v1/lots?productId=" + milk + "&name=MILK-1").json()
                    .path("items").get(0).path("id").asLong();
            return new Stock(milk, milkLot, bolts, phone);
        }
    }

    private static Result verify(Database db) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("verify"));
        args.addAll(List.of(db.args()));
        int exitCode;
        try (PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            exitCode = CommandLine.run(args.toArray(String[]::new), new Console(tee, System.err, Map.of()));
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        original.print(out);
        return new Result(exitCode, out);
    }

    private static long created(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    private static long transfer(Http api, String type, Map<String, Object>... lines) {
        return created(api.post("/api/v1/transfers", Map.of("type", type, "lines", List.of(lines))));
    }

    private static void done(Http api, long transfer) {
        var r = api.post("/api/v1/transfers/" + transfer + "/validate", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("state").asString()).isEqualTo("done");
    }

    private static Map<String, Object> line(long productId, String lot, List<String> serials, Number quantity) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("productId", productId);
        if (lot != null) {
            line.put("lot", lot);
        }
        if (serials != null) {
            line.put("serials", serials);
        }
        if (quantity != null) {
            line.put("quantity", quantity);
        }
        return line;
    }

}
