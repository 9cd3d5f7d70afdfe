package io.stocktrace.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip written by H2's {@code BACKUP TO}: it holds the database file {@code stocktrace.mv.db}, which is what the
 * default data source opens in the data directory.
 */
final class H2BackupFile {
    static final String DATABASE_FILE = "stocktrace.mv.db";

    private H2BackupFile() {
    }

    /** Writes the backup's database file to {@code target}, refusing a zip that does not hold one. */
    static void extractTo(Path zip, Path target) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw CliFailure.usage(zip + " is not a file");
        }
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals(DATABASE_FILE)) {
                    Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), ".restore-", ".part");
                    Files.copy(entries, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                    return;
                }
            }
        }
        throw CliFailure.failed(zip + " is not a Stocktrace backup: it holds no " + DATABASE_FILE);
    }

    /** The JDBC address of a database file extracted into {@code directory}, as the application opens it. */
    static String url(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("stocktrace")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }
}
