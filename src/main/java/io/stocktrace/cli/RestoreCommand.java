package io.stocktrace.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * {@code restore ZIP [--data-dir DIR]}: puts a backup back as the embedded database of a stopped server. The current
 * database file is kept aside ({@code stocktrace.mv.db.before-restore-<time>}); a database a server still has open
 * is refused.
 */
final class RestoreCommand {
    static final String USAGE = "restore FILE.zip [--data-dir DIR]   (the server stopped; default data dir as the server's)";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private RestoreCommand() {
    }

    static int run(List<String> words, Console console, Clock clock) throws IOException {
        CliArguments args = CliArguments.parse(words, Set.of("data-dir"), Set.of());
        Path zip = Path.of(args.single("backup file"));
        String defaultDir = console.env("STOCKTRACE_DATA_DIR") == null ? "./data" : console.env("STOCKTRACE_DATA_DIR");
        Path dataDir = Path.of(args.option("data-dir", defaultDir)).toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        Path database = dataDir.resolve(H2BackupFile.DATABASE_FILE);
        if (Files.exists(database)) {
            refuseIfOpen(database);
            Path aside = dataDir.resolve(H2BackupFile.DATABASE_FILE + ".before-restore-" + STAMP.format(clock.instant()));
            Files.move(database, aside);
            console.err().println("kept the previous database as " + aside);
        }
        H2BackupFile.extractTo(zip, database);
        console.out().println("restored " + zip + " into " + database);
        return 0;
    }

    // H2 holds a lock on the file while a server has it open; taking that lock here proves no one does
    private static void refuseIfOpen(Path database) throws IOException {
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw CliFailure.failed("the database " + database + " is open in a running server: stop it, then restore");
            }
        }
    }
}
