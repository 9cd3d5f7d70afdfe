package io.stocktrace.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/stocktrace.jar}, built before failsafe runs) as a child process, for what only a
 * real process shows: a SIGKILL, a SIGTERM, a restart on the same data.
 */
public final class ChildServer implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "child-admin-password";
    private static final Path JAR = Path.of("target", "stocktrace.jar");
    private final Process process;
    private final Path log;
    private final int port;

    private ChildServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the server on a free port with this data directory (and more arguments), and waits until healthy. */
    public static ChildServer start(Path dataDir, String... args) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(),
                "--stocktrace.data-dir=" + dataDir, "--server.port=" + port, "--logging.level.root=warn"));
        command.addAll(List.of(args));
        Path log = dataDir.resolve("server-" + System.nanoTime() + ".log");
        Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("STOCKTRACE_") || name.startsWith("SPRING_"));
        builder.environment().put("STOCKTRACE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        ChildServer server = new ChildServer(builder.start(), log, port);
        server.awaitHealthy();
        return server;
    }

    public int port() {
        return port;
    }

    public Http admin() {
        return Http.to(port).basic("admin", ADMIN_PASSWORD);
    }

    public Scenario given() {
        return new Scenario(admin());
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL: the process ends at once, nothing runs on the way out. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    /** SIGTERM, and the exit code once the process has ended. */
    public int terminate() throws Exception {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ended after SIGTERM").isTrue();
        return process.exitValue();
    }

    private void awaitHealthy() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("server exited: %s", output()).isTrue();
            try {
                if (Http.to(port).get("/actuator/health").body().contains("\"UP\"")) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not healthy within 240 s: " + output());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
