package io.stocktrace.cli;

import io.stocktrace.bench.BulkSerialsBenchmark;
import io.stocktrace.bench.ImportLotsBenchmark;
import io.stocktrace.bench.SerialNamesBenchmark;

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
                    System.err.println("Unknown command '" + args[0] + "'. Commands: verify, bench bulk-serials | import-lots | serial-names");
                    yield 2;
                }
            };
        } catch (Exception e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int bench(String[] args) throws Exception {
        String[] rest = java.util.Arrays.copyOfRange(args, Math.min(2, args.length), args.length);
        return switch (args.length < 2 ? "" : args[1]) {
            case "bulk-serials" -> BulkSerialsBenchmark.run(rest);
            case "import-lots" -> ImportLotsBenchmark.run(rest);
            case "serial-names" -> SerialNamesBenchmark.run(rest);
            default -> {
                System.err.println("Usage: bench bulk-serials [--postgres=jdbc:postgresql://127.0.0.1:5432/stocktrace_bench]"
                        + " [--stock=100000] [--batch=10000] [--rounds=5]\n"
                        + "       bench import-lots [--postgres=URL] [--lots=100000] [--rounds=5]\n"
                        + "       bench serial-names [--count=100000] [--first=SN-2026-000000001]");
                yield 2;
            }
        };
    }
}
