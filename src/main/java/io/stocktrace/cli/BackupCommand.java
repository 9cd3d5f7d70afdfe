package io.stocktrace.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code backup DIR}: asks the running server for a consistent copy of its embedded database (it alone can read the
 * file it holds locked) and saves the zip in DIR, on this machine.
 */
final class BackupCommand {
    static final String USAGE = "backup DIR [--server URL]   (admin; an online copy of the embedded H2 database)";

    private BackupCommand() {
    }

    static int run(List<String> words, Console console) {
        CliArguments args = CliArguments.parse(words, Set.of("server"), Set.of());
        Path directory = Path.of(args.single("directory"));
        if (!Files.isDirectory(directory)) {
            throw CliFailure.usage(directory + " is not a directory");
        }
        Path saved = ServerClient.from(args, console).postForFile("/backups", directory);
        console.out().println(saved.toAbsolutePath());
        return 0;
    }
}
