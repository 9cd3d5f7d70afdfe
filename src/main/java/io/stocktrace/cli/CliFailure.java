package io.stocktrace.cli;

/** Ends a command with a message for stderr and an exit code: 2 for a wrong command line, 1 for everything else. */
final class CliFailure extends RuntimeException {
    static final int USAGE = 2;
    static final int FAILED = 1;

    private final int exitCode;

    private CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliFailure usage(String message) {
        return new CliFailure(USAGE, message);
    }

    static CliFailure failed(String message) {
        return new CliFailure(FAILED, message);
    }

    int exitCode() {
        return exitCode;
    }
}
