package io.stocktrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's document goes: a file when one is named (saying so on stderr), stdout otherwise. */
final class Output {
    private Output() {
    }

    static void write(Console console, String file, byte[] content) {
        if (file == null) {
            console.out().write(content, 0, content.length);
            console.out().flush();
            return;
        }
        try {
            Files.write(Path.of(file), content);
        } catch (IOException e) {
            throw CliFailure.failed("cannot write " + file + ": " + e.getMessage());
        }
        console.err().println("wrote " + content.length + " bytes to " + file);
    }
}
