package io.stocktrace.cli;

import static io.stocktrace.support.ManufacturingOrders.component;
import static io.stocktrace.support.ManufacturingOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code trace} and {@code recall} as a person runs them against a running server: a small bakery where two
 * flour lots and a sugar lot became dough, the dough became cakes, and cakes and dough went to customers.
 * Set {@code -Dstocktrace.updateGolden=true} to rewrite the golden files after a deliberate change of format.
 */
abstract class CommandLineClientTests extends ApiTest {
    private static final Path GOLDEN = Path.of("src/test/resources/cli");
    private static final String MO = "/api/v1/manufacturing-orders";

    private record Run(int exitCode, String out, String err) {
    }

    private String token;

    @BeforeEach
    void bakery() {
        given.product("FLOUR", "lot");
        long flour = productId("FLOUR");
        long sugar = given.product("SUGAR", "lot");
        long dough = given.product("DOUGH", "lot");
        long cake = given.product("CAKE", "serial");
        long mill = given.partner("Mill Co");
        long sweet = given.partner("Sweet Ltd");
        long cafe = given.partner("Cafe Rose");
        long hotel = given.partner("Hotel Nord");
        given.done(given.transfer("receipt", mill, Scenario.line(flour, "F-1", null, 50), Scenario.line(flour, "F-2", null, 50)));
        given.done(given.transfer("receipt", sweet, Scenario.line(sugar, "S-1", null, 20)));
        made(order(dough, 10, "D-1", null, true, component(flour, 8, "F-1", null), component(sugar, 2, "S-1", null)));
        made(order(dough, 10, "D-2", null, true, component(flour, 8, "F-2", null), component(sugar, 2, "S-1", null)));
        made(order(cake, null, null, List.of("C-1", "C-2"), true, component(dough, 2, "D-1", "C-1"), component(dough, 2, "D-2", "C-2")));
        given.done(given.transfer("delivery", cafe, Scenario.line(cake, "C-1", null, 1)));
        given.done(given.transfer("delivery", hotel, Scenario.line(dough, "D-1", null, 3)));
        token = admin.post("/api/v1/users/1/tokens", Map.of("name", "cli")).json().path("token").asString();
    }

    @Test
    void prints_the_downstream_tree_of_a_flour_lot_as_the_golden_file_shows() throws IOException {
        Run run = cli("trace", "F-1", "--product", "FLOUR", "--downstream");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertGolden("trace-flour-downstream.txt", run.out());
    }

    @Test
    void prints_both_directions_of_a_dough_lot_as_the_golden_file_shows() throws IOException {
        Run run = cli("trace", "D-1", "--product=DOUGH");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertGolden("trace-dough-both.txt", run.out());
    }

    @Test
    void prints_the_upstream_trace_of_a_cake_as_json_and_as_csv() {
        Run json = cli("trace", "C-1", "--product", "CAKE", "--upstream", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode trace = JsonMapper.builder().build().readTree(json.out());
        assertThat(trace.path("lots").valueStream().map(l -> l.path("name").asString()))
                .containsExactlyInAnyOrder("C-1", "D-1", "F-1", "S-1");
        assertThat(trace.path("suppliers").valueStream().map(s -> s.path("name").asString()))
                .containsExactlyInAnyOrder("Mill Co", "Sweet Ltd");

        Run csv = cli("trace", "C-1", "--product", "CAKE", "--upstream", "--format", "csv");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        List<CSVRecord> rows = csvRows(csv.out());
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).get("lot")).isEqualTo("C-1");
        assertThat(rows).extracting(r -> r.get("lot")).contains("D-1", "F-1", "S-1").doesNotContain("F-2", "D-2", "C-2");
        assertThat(rows).filteredOn(r -> r.get("partner").equals("Mill Co"))
                .extracting(r -> r.get("lot") + " " + r.get("quantity") + " " + r.get("type")).containsExactly("F-1 50 receipt");
    }

    @Test
    void recalls_a_flour_lot_and_lists_what_is_blocked_and_whom_to_call() {
        Run run = cli("recall", "F-1", "--product", "FLOUR", "--reason", "Stones in sample");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Recall ").contains("FLOUR F-1: Stones in sample")
                .contains("recalled lots (3):", "customers to contact (2):", "Cafe Rose <cafe.rose@example.com>", "Hotel Nord")
                .contains("CAKE name C-1 × 1", "DOUGH name D-1 × 3")
                .doesNotContain("Sweet Ltd", "D-2 ·", "C-2 ·");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(productId("DOUGH"), "D-1")).json().path("status").asString())
                .isEqualTo("recalled");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(productId("DOUGH"), "D-2")).json().path("status").asString())
                .isEqualTo("available");
    }

    @Test
    void generates_serial_names_one_per_line_and_names_those_that_exist() {
        Run run = cli("serials", "generate", "--product", "CAKE", "--first", "C-1", "--count", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("C-1", "C-2", "C-3");
        assertThat(run.err()).contains("2 of these names already exist for CAKE: C-1, C-2");

        Run notANumber = cli("serials", "generate", "--product", "CAKE", "--first", "C-1", "--count", "many");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err()).contains("--count must be a whole number, got 'many'");

        Run tooMany = cli("serials", "generate", "--product", "CAKE", "--first", "C-1", "--count", "100001");
        assertThat(tooMany.exitCode()).isEqualTo(1);
        assertThat(tooMany.err()).contains("count");
    }

    @Test
    void exports_a_lots_epcis_document_and_the_fsma_204_spreadsheet(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Run epcis = cli("epcis", "export", "F-1", "--product", "FLOUR", "--downstream");
        assertThat(epcis.exitCode()).as(epcis.err()).isZero();
        JsonNode document = JsonMapper.builder().build().readTree(epcis.out());
        assertThat(document.path("type").asString()).isEqualTo("EPCISDocument");
        assertThat(document.at("/epcisBody/eventList").valueStream().map(e -> e.path("type").asString()))
                .contains("ObjectEvent", "TransformationEvent");

        Path xlsx = dir.resolve("fsma.xlsx");
        Run fsma = cli("fsma204", "--product", "FLOUR", "--from", "2026-01-01", "--out", xlsx.toString());
        assertThat(fsma.exitCode()).as(fsma.err()).isZero();
        assertThat(fsma.err()).contains("wrote", xlsx.toString());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("CTE");
        }
        Run csv = cli("fsma204", "--lot", "F-1", "--product", "FLOUR");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("CTE,Event ID,Event date,Traceability lot code");

        Run noProduct = cli("fsma204", "--lot", "F-1");
        assertThat(noProduct.exitCode()).isEqualTo(2);
        assertThat(noProduct.err()).contains("--lot needs --product");
        Run badDate = cli("fsma204", "--product", "FLOUR", "--from", "yesterday");
        assertThat(badDate.exitCode()).isEqualTo(1);
    }

    @Test
    void subscribes_a_webhook_to_shipping_events_lists_pauses_and_resumes_it() {
        Run subscribed = cli("epcis", "subscribe", "cafe-shipments", "--url", "https://hooks.example.com/stocktrace",
                "--biz-step", "shipping", "--destination", "urn:stocktrace:party:7");
        assertThat(subscribed.exitCode()).as(subscribed.err()).isZero();
        assertThat(subscribed.out()).contains("Subscribed 'cafe-shipments'", "https://hooks.example.com/stocktrace", "Secret");
        JsonNode saved = admin.get("/api/v1/epcis/subscriptions").json().get(0);
        assertThat(saved.path("query").toString())
                .isEqualTo("{\"EQ_bizStep\":[\"shipping\"],\"EQ_destination\":[\"urn:stocktrace:party:7\"]}");

        Run paused = cli("epcis", "subscribe", "--pause", "cafe-shipments");
        assertThat(paused.out()).as(paused.err()).contains("'cafe-shipments' is paused.");
        Run list = cli("epcis", "subscribe", "--list");
        assertThat(list.out()).contains("cafe-shipments\tpaused\t0 waiting\t0 delivered\thttps://hooks.example.com/stocktrace");
        assertThat(cli("epcis", "subscribe", "--resume", "cafe-shipments").out()).contains("is active.");

        Run twice = cli("epcis", "subscribe", "cafe-shipments", "--url", "https://hooks.example.com/other");
        assertThat(twice.exitCode()).isNotZero();
        assertThat(twice.err()).contains("already exists");
        Run noUrl = cli("epcis", "subscribe", "other");
        assertThat(noUrl.exitCode()).isEqualTo(2);
        assertThat(noUrl.err()).contains("--url is required");
        assertThat(cli("epcis", "subscribe", "--pause", "nobody").err()).contains("No subscription is named 'nobody'");
    }

    @Test
    void imports_a_csv_file_with_a_dry_run_first_and_exports_what_it_imported(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path lots = dir.resolve("lots.csv");
        Files.writeString(lots, "product_sku,lot,expiration_date\nFLOUR,F-9,2027-01-31\nSUGAR,S-9,not-a-date\n");
        Run dryRun = cli("import", "lots", lots.toString(), "--dry-run");
        assertThat(dryRun.exitCode()).isEqualTo(1);
        assertThat(dryRun.out()).startsWith("dry run, nothing written: 2 rows");
        assertThat(dryRun.err()).contains("line 3, expiration_date:");

        Run refused = cli("import", "lots", lots.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("line 3, expiration_date:");
        assertThat(cli("trace", "F-9", "--product", "FLOUR").exitCode()).as("nothing written").isEqualTo(1);

        Files.writeString(lots, "product_sku,lot,expiration_date\nFLOUR,F-9,2027-01-31\n");
        Run imported = cli("import", "lots", lots.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("imported: 1 rows, 1 created, 0 updated");

        Run exported = cli("export", "lots", "--product", "FLOUR");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out().lines().findFirst().orElseThrow()).startsWith("product_sku,lot");
        assertThat(exported.out()).contains("FLOUR,F-9", "2027-01-31").doesNotContain("SUGAR");

        Run noFile = cli("import", "lots", dir.resolve("missing.csv").toString());
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("no such file");
        assertThat(cli("import", "pallets", lots.toString()).err()).contains("unknown kind 'pallets'");
    }

    @Test
    void accepts_a_user_and_password_instead_of_a_token() {
        Run run = cli(Map.of("STOCKTRACE_USER", "admin", "STOCKTRACE_PASSWORD", ADMIN_PASSWORD),
                "trace", "S-1", "--product", "SUGAR", "--downstream", "--server", server());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("D-1", "D-2", "C-1", "C-2", "Cafe Rose", "Hotel Nord");
    }

    @Test
    void says_on_stderr_what_is_wrong_and_exits_non_zero() {
        Run unknownLot = cli("trace", "F-9", "--product", "FLOUR");
        assertThat(unknownLot.exitCode()).isEqualTo(1);
        assertThat(unknownLot.err()).contains("product FLOUR has no lot or serial number 'F-9'");
        assertThat(unknownLot.out()).isEmpty();

        Run unknownProduct = cli("trace", "F-1", "--product", "RYE");
        assertThat(unknownProduct.exitCode()).isEqualTo(1);
        assertThat(unknownProduct.err()).contains("no product with SKU 'RYE'");

        Run noProduct = cli("trace", "F-1");
        assertThat(noProduct.exitCode()).isEqualTo(2);
        assertThat(noProduct.err()).contains("--product is required");

        Run badFormat = cli("trace", "F-1", "--product", "FLOUR", "--format", "xml");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format must be tree, json or csv");

        Run typo = cli("recall", "F-1", "--product", "FLOUR", "--reson", "x");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("unknown option --reson");

        Run noCredentials = cli(Map.of(), "trace", "F-1", "--product", "FLOUR", "--server", server());
        assertThat(noCredentials.exitCode()).isEqualTo(2);
        assertThat(noCredentials.err()).contains("set STOCKTRACE_TOKEN, or STOCKTRACE_USER and STOCKTRACE_PASSWORD");

        Run wrongPassword = cli(Map.of("STOCKTRACE_USER", "admin", "STOCKTRACE_PASSWORD", "not-the-password"),
                "trace", "F-1", "--product", "FLOUR", "--server", server());
        assertThat(wrongPassword.exitCode()).isEqualTo(1);
        assertThat(wrongPassword.err()).contains("Authentication required", "check STOCKTRACE_TOKEN");

        Run unknownCommand = cli("tarce");
        assertThat(unknownCommand.exitCode()).isEqualTo(2);
        assertThat(unknownCommand.err()).contains("Unknown command 'tarce'", "trace <lot> --product <sku>");
    }

    @Test
    void refuses_a_viewer_recalling_and_changes_nothing() {
        long viewer = admin.post("/api/v1/users", Map.of("username", "vera", "password", "viewer-password-1", "role", "viewer"))
                .json().path("id").asLong();
        String viewerToken = admin.post("/api/v1/users/" + viewer + "/tokens", Map.of("name", "cli")).json().path("token").asString();
        Run run = cli(Map.of("STOCKTRACE_TOKEN", viewerToken), "recall", "F-1", "--product", "FLOUR", "--reason", "x",
                "--server", server());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Forbidden");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(productId("FLOUR"), "F-1")).json().path("status").asString())
                .isEqualTo("available");
    }

    @Test
    void says_when_the_server_cannot_be_reached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Run run = cli(Map.of("STOCKTRACE_TOKEN", token), "trace", "F-1", "--product", "FLOUR",
                "--server", "http://127.0.0.1:" + closedPort);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot reach the server at http://127.0.0.1:" + closedPort);
    }

    private Run cli(String... args) {
        List<String> withServer = new ArrayList<>(List.of(args));
        if (withServer.size() > 1) {
            withServer.addAll(List.of("--server", server()));
        }
        return cli(Map.of("STOCKTRACE_TOKEN", token), withServer.toArray(String[]::new));
    }

    private Run cli(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLine.run(args, new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String server() {
        return "http://localhost:" + port;
    }

    /** Today's date is the only thing that changes between runs; the golden files say {@code <today>}. */
    private static void assertGolden(String name, String actual) throws IOException {
        String normalized = actual.replace(LocalDate.now(ZoneOffset.UTC).toString(), "<today>");
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("stocktrace.updateGolden")) {
            Files.writeString(file, normalized);
        }
        assertThat(normalized).isEqualTo(Files.readString(file));
    }

    private long productId(String sku) {
        return admin.get("/api/v1/products?q=" + sku).json().path("items").get(0).path("id").asLong();
    }

    private void made(Map<String, Object> order) {
        var r = admin.post(MO, order);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static List<CSVRecord> csvRows(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
