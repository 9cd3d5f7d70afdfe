package io.stocktrace.cli;

import io.stocktrace.bench.BulkSerialsBenchmark;

/** The commands {@code java -jar stocktrace.jar <command>} understands besides serving. */
public final class CommandLine {
    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(String[] args) {
        try {
            return switch (args[0]) {
                case "verify" -> VerifyCommand.run(args);
                case "bench" -> bench(args);
                default -> {
                    System.err.println("Unknown command '" + args[0] + "'. Commands: verify, bench bulk-serials");
                    yield 2;
                }
            };
        } catch (Exception e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int bench(String[] args) throws Exception {
        if (args.length < 2 || !args[1].equals("bulk-serials")) {
            System.err.println("Usage: bench bulk-serials [--postgres=jdbc:postgresql://127.0.0.1:5432/stocktrace_bench]"
                    + " [--stock=100000] [--batch=10000] [--rounds=5]");
            return 2;
        }
        return BulkSerialsBenchmark.run(java.util.Arrays.copyOfRange(args, 2, args.length));
    }
}
