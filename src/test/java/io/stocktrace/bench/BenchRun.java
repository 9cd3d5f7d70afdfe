package io.stocktrace.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A benchmark run in the test's JVM: its exit code and what it printed (echoed to the test's output too). */
record BenchRun(int exit, String report) {
    interface Benchmark {
        int run() throws Exception;
    }

    static BenchRun of(Benchmark benchmark) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exit = benchmark.run();
        } finally {
            System.setOut(original);
        }
        String report = captured.toString(StandardCharsets.UTF_8);
        original.print(report);
        return new BenchRun(exit, report);
    }
}
