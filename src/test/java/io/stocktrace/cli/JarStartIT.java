package io.stocktrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.Http;
import io.stocktrace.support.PostgresAvailable;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a newcomer and an operator run it: {@code java -jar target/stocktrace.jar}. */
class JarStartIT {
    private static final Path JAR = Path.of("target", "stocktrace.jar");

    @TempDir
    Path dataDir;

    @Test
    void starts_on_an_empty_data_directory_with_the_demo_and_a_generated_admin_password() throws Exception {
        int port = freePort();
        try (Server server = start(List.of("--stocktrace.data-dir=" + dataDir, "--server.port=" + port,
                "--stocktrace.demo-data=true"), null)) {
            server.awaitHealthy(port);
            Path passwordFile = dataDir.resolve("initial-admin-password");
            assertThat(passwordFile).exists();
            String password = Files.readString(passwordFile).strip();
            assertThat(server.output()).contains("Stocktrace data directory: " + dataDir.toAbsolutePath())
                    .contains("initial-admin-password").doesNotContain(password);
            assertThat(mode(passwordFile)).isEqualTo("rw-------");
            assertThat(mode(dataDir.resolve("stocktrace.mv.db"))).isEqualTo("rw-------");
            assertThat(mode(dataDir)).isEqualTo("rwx------");
            var lots = Http.to(port).basic("admin", password).get("/api/v1/lots?groupBy=product");
            assertThat(lots.status()).isEqualTo(200);
            assertThat(lots.json().path("groups").findValuesAsString("label")).contains("Espresso Machine X1");
            assertThat(dataDir.resolve("stocktrace.mv.db")).exists();

            Process trace = cli(List.of("trace", "EM-0001", "--product", "ESPRESSO-X1", "--server", "http://localhost:" + port),
                    List.of("STOCKTRACE_USER=admin", "STOCKTRACE_PASSWORD=" + password));
            assertThat(trace.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String traced = Files.readString(dataDir.resolve("cli.log"));
            assertThat(trace.exitValue()).as(traced).isZero();
            assertThat(traced).startsWith("EM-0001 · Espresso Machine X1").contains("(Corner Café)");

            Process anonymous = cli(List.of("trace", "EM-0001", "--product", "ESPRESSO-X1", "--server", "http://localhost:" + port),
                    List.of());
            assertThat(anonymous.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(anonymous.exitValue()).isEqualTo(2);
            assertThat(Files.readString(dataDir.resolve("cli.log"))).contains("no credentials");
        }
    }

    private static String mode(Path path) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private Server start(List<String> args, List<String> env) throws IOException {
        return new Server(launch(args, env == null ? List.of() : env, "server.log"), dataDir.resolve("server.log"));
    }

    /** The jar run as a command line client, its output in cli.log. */
    private Process cli(List<String> args, List<String> env) throws IOException {
        return launch(args, env, "cli.log");
    }

    /** {@code java -jar stocktrace.jar args} with only the Stocktrace variables given here, output to the log. */
    private Process launch(List<String> args, List<String> env, String log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(log).toFile());
        List.of("STOCKTRACE_ADMIN_PASSWORD", "STOCKTRACE_TOKEN", "STOCKTRACE_USER", "STOCKTRACE_PASSWORD")
                .forEach(builder.environment()::remove);
        env.forEach(e -> builder.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1)));
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Server(Process process, Path log) implements AutoCloseable {
        String output() throws IOException {
            return Files.readString(log);
        }

        void awaitHealthy(int port) throws Exception {
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
                Thread.sleep(250);
            }
            throw new AssertionError("not healthy within 240 s: " + output());
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
