package io.stocktrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged server under a small load of receipts, backed up online with {@code backup}, then stopped and brought
 * back with {@code restore}: {@code verify} finds the copy clean and every receipt acknowledged before the backup
 * started is in it. The server logs JSON (the structured logging option) with the request id on each line.
 */
class BackupRestoreIT {
    private static final Path JAR = Path.of("target", "stocktrace.jar");
    private static final String PASSWORD = "admin-password-for-backups";
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @TempDir
    Path work;

    private record Acknowledged(String reference, long at) {
    }

    private record Result(int exitCode, String out, String err) {
    }

    @Test
    void a_backup_taken_under_load_restores_to_a_clean_ledger_with_every_acknowledged_receipt() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        int port = freePort();
        Process server = startServer(dataDir, port);
        Path backup;
        Set<String> acknowledgedBeforeBackup = new HashSet<>();
        try {
            awaitReadyWithTheAdminAbleToLogIn(server, port);
            backup = backUpUnderLoad(port, Files.createDirectories(work.resolve("backups")), acknowledgedBeforeBackup);
            assertThat(acknowledgedBeforeBackup).hasSizeGreaterThanOrEqualTo(20);
            assertTheLiveDatabaseIsNeitherVerifiedNorOverwritten(dataDir, backup);
            assertTheLogsAreJsonWithTheRequestId(dataDir.resolve("server.log"));
        } finally {
            stop(server);
        }

        Result copyChecked = cli(List.of("verify", "--backup", backup.toString()), Map.of());
        assertThat(copyChecked.exitCode()).as(copyChecked.out() + copyChecked.err()).isZero();
        assertThat(copyChecked.out()).contains("OK: ");

        Path fresh = work.resolve("fresh");
        Result restored = cli(List.of("restore", backup.toString(), "--data-dir", fresh.toString()), Map.of());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        Result freshChecked = cli(List.of("verify", "--spring.datasource.url=" + h2Url(fresh),
                "--stocktrace.data-dir=" + fresh), Map.of());
        assertThat(freshChecked.exitCode()).as(freshChecked.out() + freshChecked.err()).isZero();
        assertThat(doneReceipts(fresh)).containsAll(acknowledgedBeforeBackup);

        Result overOld = cli(List.of("restore", backup.toString(), "--data-dir", dataDir.toString()), Map.of());
        assertThat(overOld.exitCode()).as(overOld.err()).isZero();
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.matches("stocktrace\\.mv\\.db\\.before-restore-\\d{8}T\\d{6}Z"));
        }
    }

    /**
     * Two clients receive and validate lots without pause; once 20 receipts are acknowledged, {@code backup} runs
     * while they go on. Returns the zip and collects the receipts acknowledged before the backup started.
     */
    private Path backUpUnderLoad(int port, Path backups, Set<String> acknowledgedBeforeBackup) throws Exception {
        Http api = Http.to(port).basic("admin", PASSWORD);
        long product = api.post("/api/v1/products", Map.of("sku", "FLOUR", "name", "Flour", "tracking", "lot"))
                .json().path("id").asLong();
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(2);
        List<Future<?>> clients = new ArrayList<>();
        for (int client = 0; client < 2; client++) {
            int c = client;
            clients.add(load.submit(() -> receiveUntilStopped(api, product, c, stop, acknowledged)));
        }
        while (acknowledged.size() < 20) {
            assertThat(clients).noneMatch(Future::isDone);
            Thread.sleep(50);
        }
        long backupStarted = System.nanoTime();
        Result backedUp = cli(List.of("backup", backups.toString(), "--server", "http://localhost:" + port),
                Map.of("STOCKTRACE_USER", "admin", "STOCKTRACE_PASSWORD", PASSWORD));
        stop.set(true);
        for (Future<?> client : clients) {
            client.get(60, TimeUnit.SECONDS);
        }
        load.shutdown();
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        Path backup = Path.of(backedUp.out().strip());
        assertThat(backup).exists().hasParent(backups.toAbsolutePath());
        assertThat(backup.getFileName().toString()).matches("stocktrace-\\d{8}T\\d{6}Z\\.zip");
        acknowledged.stream().filter(a -> a.at() < backupStarted).forEach(a -> acknowledgedBeforeBackup.add(a.reference()));
        return backup;
    }

    /** While the server runs, verify cannot open its database (exit 2, saying what to do) and restore refuses. */
    private void assertTheLiveDatabaseIsNeitherVerifiedNorOverwritten(Path dataDir, Path backup) {
        Result live = cli(List.of("verify", "--spring.datasource.url=" + h2Url(dataDir),
                "--stocktrace.data-dir=" + dataDir), Map.of());
        assertThat(live.exitCode()).as(live.out() + live.err()).isEqualTo(2);
        assertThat(live.err()).contains("open in a running server").contains("verify --backup");

        Result refused = cli(List.of("restore", backup.toString(), "--data-dir", dataDir.toString()), Map.of());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("open in a running server");
    }

    @Test
    void verify_says_it_could_not_run_when_the_database_is_unreachable() {
        Result r = cli(List.of("verify", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                "--spring.datasource.username=none", "--stocktrace.data-dir=" + work), Map.of());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("verify could not run: cannot open the database");
    }

    @Test
    void restore_refuses_a_zip_that_is_not_a_stocktrace_backup() throws IOException {
        Path notABackup = work.resolve("other.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(notABackup))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../../etc/passwd"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        Result r = cli(List.of("restore", notABackup.toString(), "--data-dir", work.resolve("d").toString()), Map.of());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("is not a Stocktrace backup");
        assertThat(work.resolve("d")).isEmptyDirectory();
    }

    private static void receiveUntilStopped(Http api, long product, int client, AtomicBoolean stop,
                                            ConcurrentLinkedQueue<Acknowledged> acknowledged) {
        for (int n = 0; !stop.get(); n++) {
            var draft = api.post("/api/v1/transfers", Map.of("type", "receipt", "lines",
                    List.of(Map.of("productId", product, "lot", "L-" + client + "-" + n, "quantity", 5))));
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            var done = api.post("/api/v1/transfers/" + draft.json().path("id").asLong() + "/validate", null);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            acknowledged.add(new Acknowledged(done.json().path("reference").asString(), System.nanoTime()));
        }
    }

    /** Polls readiness from the first moment; once it says UP, the admin must be able to log in at once. */
    private static void awaitReadyWithTheAdminAbleToLogIn(Process server, int port) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as("the server exited").isTrue();
            try {
                if (Http.to(port).get("/actuator/health/readiness").status() == 200) {
                    var me = Http.to(port).basic("admin", PASSWORD).get("/api/v1/users");
                    assertThat(me.status()).as("ready, so the admin exists: %s", me.body()).isEqualTo(200);
                    return;
                }
            } catch (IllegalStateException notListening) {
                // the server is not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready within 120 s");
    }

    private static void assertTheLogsAreJsonWithTheRequestId(Path log) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = Files.readAllLines(log).stream().filter(l -> l.startsWith("{")).map(json::readTree).toList();
        assertThat(lines).isNotEmpty().allMatch(l -> l.has("@timestamp") && l.has("message"));
        assertThat(lines).filteredOn(l -> l.path("message").asString().startsWith("Backup "))
                .singleElement().satisfies(l -> assertThat(l.path("requestId").asString()).isNotBlank());
    }

    private Process startServer(Path dataDir, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", JAR.toString(), "--stocktrace.data-dir=" + dataDir, "--server.port=" + port,
                "--logging.structured.format.console=ecs", "--logging.level.io.stocktrace.ops=info")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("server.log").toFile());
        List.of("STOCKTRACE_TOKEN", "STOCKTRACE_USER", "STOCKTRACE_PASSWORD").forEach(builder.environment()::remove);
        builder.environment().put("STOCKTRACE_ADMIN_PASSWORD", PASSWORD);
        return builder.start();
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Result cli(List<String> args, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exitCode = CommandLine.run(args.toArray(String[]::new), new Console(o, e, env));
        }
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("stocktrace") + H2_OPTIONS;
    }

    private static Set<String> doneReceipts(Path dataDir) throws Exception {
        Set<String> references = new HashSet<>();
        try (Connection c = DriverManager.getConnection(h2Url(dataDir), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT reference FROM transfers WHERE state = 'done'")) {
            while (rs.next()) {
                references.add(rs.getString(1));
            }
        }
        return references;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
