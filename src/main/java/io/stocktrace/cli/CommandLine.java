package io.stocktrace.cli;

/** The commands {@code java -jar stocktrace.jar <command>} understands besides serving. */
public final class CommandLine {
    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(String[] args) {
        return switch (args[0]) {
            case "verify" -> VerifyCommand.run(args);
            default -> {
                System.err.println("Unknown command '" + args[0] + "'. Commands: verify");
                yield 2;
            }
        };
    }
}
