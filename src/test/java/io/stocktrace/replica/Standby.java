package io.stocktrace.replica;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Drives {@code .ci/standby}: the local PostgreSQL's hot standby on port 5433. */
final class Standby {
    private Standby() {
    }

    /** Makes the standby when missing and starts it; without one, the test is skipped (a failure under CI=true). */
    static void ensure() throws IOException, InterruptedException {
        Result result = run();
        if (result.exitCode() != 0) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and no standby could be made: " + result.output());
            }
            Assumptions.abort("No PostgreSQL standby on port 5433 (.ci/standby: " + result.output() + ")");
        }
    }

    static void stop() throws IOException, InterruptedException {
        Result result = run("stop");
        if (result.exitCode() != 0) {
            throw new IllegalStateException(".ci/standby stop: " + result.output());
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... arguments) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<String>();
        command.add(Path.of(".ci", "standby").toAbsolutePath().toString());
        command.addAll(java.util.List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output.strip());
    }
}
