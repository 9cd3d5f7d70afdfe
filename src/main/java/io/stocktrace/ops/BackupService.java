package io.stocktrace.ops;

import io.stocktrace.StocktraceProperties;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Online backups of the embedded H2 database while the server runs. H2's {@code BACKUP TO} copies the database file
 * into a zip as of one moment (its MVCC store keeps a consistent version for the copy) without stopping writers;
 * only the server can run it, because it holds the file's lock. PostgreSQL is backed up with its own tools.
 */
@Service
public class BackupService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final StocktraceProperties properties;
    private final Clock clock;

    BackupService(JdbcClient jdbc, DataSource dataSource, StocktraceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
    }

    /** A backup written to a new file of the data directory's {@code backups} folder; the caller moves or deletes it. */
    public Backup backUp() {
        requireEmbeddedFileDatabase();
        String name = "stocktrace-" + STAMP.format(clock.instant()) + ".zip";
        try {
            Path folder = Files.createDirectories(properties.dataDir().resolve("backups").toAbsolutePath().normalize());
            Path file = Files.createTempFile(folder, "backup-", ".zip");
            Files.delete(file);
            jdbc.sql("BACKUP TO '" + file.toString().replace("'", "''") + "'").update();
            return new Backup(name, file, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireEmbeddedFileDatabase() {
        String url = databaseUrl();
        if (url.startsWith("jdbc:postgresql:")) {
            throw new StocktraceException(ProblemType.BACKUP_NOT_SUPPORTED, "This server runs on PostgreSQL: back it up"
                    + " with pg_dump -Fc and restore with pg_restore (see docs/operations.md).");
        }
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
            throw new StocktraceException(ProblemType.BACKUP_NOT_SUPPORTED,
                    "Only the embedded H2 file database is backed up by the server; this one is " + url.split(";")[0] + ".");
        }
    }

    private String databaseUrl() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's address", e);
        }
    }

    /** A backup file on the server and the name it is handed out under. */
    public record Backup(String name, Path file, long bytes) {
    }
}
