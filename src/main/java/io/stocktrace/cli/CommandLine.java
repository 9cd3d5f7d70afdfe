package io.stocktrace.cli;

import io.stocktrace.bench.BulkSerialsBenchmark;
import io.stocktrace.bench.ImportLotsBenchmark;
import io.stocktrace.bench.LoadBenchmark;
import io.stocktrace.bench.PagesBenchmark;
import io.stocktrace.bench.SerialNamesBenchmark;
import io.stocktrace.bench.SubscriptionBenchmark;
import io.stocktrace.bench.TraceBenchmark;
import java.util.Arrays;
import java.util.List;

/**
 * The commands {@code java -jar stocktrace.jar <command>} understands besides serving. {@code verify} and
 * {@code bench} open the database themselves; the others are clients of a running server.
 */
public final class CommandLine {
    private static final String LOAD_USAGE = "bench load [--clients=16] [--seconds=30] [--warmup=5]"
            + " [--scenario=mix|receipts|one-product|traces] [--auth=token|basic] [--postgres=URL | --h2] [--pgbench]"
            + " [--read-replicas=URL]";
    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar stocktrace.jar <command>",
            "  " + TraceCommand.USAGE,
            "  " + RecallCommand.USAGE,
            "  " + PackageCommand.USAGE,
            "  " + TransferCommand.USAGE,
            "  " + ImportCommand.USAGE,
            "  " + ExportCommand.USAGE,
            "  " + SerialsCommand.USAGE,
            "  " + Gs1Command.USAGE,
            "  " + EpcisCommand.USAGE,
            "  " + EpcisSubscribeCommand.USAGE,
            "  " + Fsma204Command.USAGE,
            "  " + BackupCommand.USAGE,
            "  " + RestoreCommand.USAGE,
            "  " + VerifyCommand.USAGE,
            "  bench bulk-serials [--postgres=jdbc:postgresql://127.0.0.1:5432/stocktrace_bench]",
            "  bench trace --size XS|S|M|L|XL [--seed N] [--postgres=jdbc:postgresql://127.0.0.1:5432/stocktrace_bench] [--http]",
            "  bench import-lots [--postgres=URL] [--lots=100000] [--rounds=5]",
            "  bench serial-names [--count=100000] [--first=SN-2026-000000001]",
            "  bench pages [--postgres=jdbc:postgresql://127.0.0.1:5432/stocktrace_bench_pages] [--lots=1000000] [--requests=30]",
            "  bench packages [--postgres=jdbc:postgresql://127.0.0.1:5432/stocktrace_bench_packages] [--rounds=5]",
            "  " + LOAD_USAGE,
            "  bench subscriptions [--postgres=URL] [--events=1000]",
            "Clients of a server take credentials from STOCKTRACE_TOKEN, or STOCKTRACE_USER and STOCKTRACE_PASSWORD.",
            "Without a command: runs the server.");

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(String[] args) {
        return run(args, Console.system());
    }

    /** Runs a command and answers its exit code: 0 done, 1 failed, 2 a wrong command line. */
    public static int run(String[] args, Console console) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "trace" -> TraceCommand.run(rest, console);
                case "recall" -> RecallCommand.run(rest, console);
                case "package" -> PackageCommand.run(rest, console);
                case "transfers" -> TransferCommand.run(rest, console);
                case "import" -> ImportCommand.run(rest, console);
                case "export" -> ExportCommand.run(rest, console);
                case "serials" -> SerialsCommand.run(rest, console);
                case "gs1" -> Gs1Command.run(rest, console, java.time.Clock.systemUTC());
                case "epcis" -> EpcisCommand.run(rest, console);
                case "fsma204" -> Fsma204Command.run(rest, console);
                case "verify" -> VerifyCommand.run(rest, console);
                case "backup" -> BackupCommand.run(rest, console);
                case "restore" -> RestoreCommand.run(rest, console, java.time.Clock.systemUTC());
                case "bench" -> bench(args);
                case "help" -> {
                    console.out().println(USAGE);
                    yield 0;
                }
                default -> {
                    console.err().println("Unknown command '" + args[0] + "'.");
                    console.err().println(USAGE);
                    yield CliFailure.USAGE;
                }
            };
        } catch (CliFailure e) {
            console.err().println(e.getMessage());
            if (e.exitCode() == CliFailure.USAGE) {
                console.err().println(USAGE);
            }
            return e.exitCode();
        } catch (Exception e) {
            console.err().println(args[0] + " failed: " + e.getMessage());
            return CliFailure.FAILED;
        }
    }

    private static int bench(String[] args) throws Exception {
        String[] rest = Arrays.copyOfRange(args, Math.min(2, args.length), args.length);
        return switch (args.length < 2 ? "" : args[1]) {
            case "bulk-serials" -> BulkSerialsBenchmark.run(rest);
            case "trace" -> TraceBenchmark.run(rest);
            case "import-lots" -> ImportLotsBenchmark.run(rest);
            case "serial-names" -> SerialNamesBenchmark.run(rest);
            case "pages" -> PagesBenchmark.run(rest);
            case "load" -> LoadBenchmark.run(rest);
            case "subscriptions" -> SubscriptionBenchmark.run(rest);
            case "packages" -> io.stocktrace.bench.PackagesBenchmark.run(rest);
            default -> {
                System.err.println("Usage: bench bulk-serials [--postgres=jdbc:postgresql://127.0.0.1:5432/stocktrace_bench]"
                        + " [--stock=100000] [--batch=10000] [--rounds=5]\n"
                        + "       bench trace --size XS|S|M|L|XL [--seed N] [--postgres=jdbc:postgresql://...] [--http]\n"
                        + "       bench import-lots [--postgres=URL] [--lots=100000] [--rounds=5]\n"
                        + "       bench serial-names [--count=100000] [--first=SN-2026-000000001]\n"
                        + "       bench pages [--postgres=URL] [--lots=1000000] [--requests=30]\n"
                        + "       " + LOAD_USAGE + "\n"
                        + "       bench subscriptions [--postgres=URL] [--events=1000]\n"
                        + "       bench packages [--postgres=URL] [--rounds=5]");
                yield 2;
            }
        };
    }
}
