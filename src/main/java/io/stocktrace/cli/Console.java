package io.stocktrace.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Where a command writes and what it reads from its environment; tests give it their own. */
public record Console(PrintStream out, PrintStream err, Map<String, String> env) {

    /** The process's standard streams, in UTF-8 whatever the platform's default, and its environment. */
    public static Console system() {
        return new Console(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8), System.getenv());
    }

    String env(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
