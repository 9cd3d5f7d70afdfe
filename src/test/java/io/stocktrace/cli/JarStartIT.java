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
                    .contains(password);
            var lots = Http.to(port).basic("admin", password).get("/api/v1/lots?groupBy=product");
            assertThat(lots.status()).isEqualTo(200);
            assertThat(lots.json().path("groups").findValuesAsString("label")).contains("Espresso Machine X1");
            assertThat(dataDir.resolve("stocktrace.mv.db")).exists();
        }
    }

    @Test
    @ExtendWith(PostgresAvailable.class)
    void starts_on_postgresql_with_the_prod_profile() throws Exception {
        int port = freePort();
        try (Server server = start(List.of("--stocktrace.data-dir=" + dataDir, "--server.port=" + port),
                List.of("SPRING_PROFILES_ACTIVE=prod", "SPRING_DATASOURCE_URL=" + PostgresAvailable.URL,
                        "SPRING_DATASOURCE_USERNAME=" + PostgresAvailable.USER,
                        "SPRING_DATASOURCE_PASSWORD=" + PostgresAvailable.PASSWORD))) {
            server.awaitHealthy(port);
            assertThat(server.output()).contains("Stocktrace database: jdbc:postgresql:");
        }
    }

    @Test
    void the_prod_profile_refuses_to_start_on_the_embedded_database() throws Exception {
        try (Server server = start(List.of("--stocktrace.data-dir=" + dataDir, "--server.port=" + freePort()),
                List.of("SPRING_PROFILES_ACTIVE=prod"))) {
            assertThat(server.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(server.process.exitValue()).isNotZero();
            assertThat(server.output()).contains("runs on PostgreSQL only").contains("SPRING_DATASOURCE_URL");
            assertThat(dataDir.resolve("stocktrace.mv.db")).doesNotExist();
        }
    }

    private Server start(List<String> args, List<String> env) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.log").toFile());
        builder.environment().remove("STOCKTRACE_ADMIN_PASSWORD");
        if (env != null) {
            env.forEach(e -> builder.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1)));
        }
        return new Server(builder.start(), dataDir.resolve("server.log"));
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
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
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
            throw new AssertionError("not healthy within 90 s: " + output());
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
