package io.stocktrace.db;

import io.stocktrace.StocktraceProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once started, the H2 files of the data directory are narrowed to 0600 (H2 created them with the umask). */
@Component
class PrivateDatabaseFiles {
    private static final Logger log = LoggerFactory.getLogger(PrivateDatabaseFiles.class);
    private final StocktraceProperties properties;

    PrivateDatabaseFiles(StocktraceProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void restrict() {
        Path dir = properties.dataDir();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches(".*\\.(mv|trace|lock)\\.db"))
                    .toList()) {
                PrivateFiles.restrict(file);
            }
        } catch (IOException e) {
            log.warn("Could not make the database files in {} private (0600): {}", dir, e.getMessage());
        }
    }
}
