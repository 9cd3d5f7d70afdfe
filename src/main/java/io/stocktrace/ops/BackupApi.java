package io.stocktrace.ops;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/backups} (admin): a consistent copy of the running embedded database, answered as a zip that
 * {@code restore} brings back. Nothing stays on the server.
 */
@RestController
class BackupApi {
    private static final Logger log = LoggerFactory.getLogger(BackupApi.class);
    private final BackupService backups;

    BackupApi(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping("/api/v1/backups")
    void backUp(HttpServletResponse response) throws IOException {
        BackupService.Backup backup = backups.backUp();
        try {
            log.info("Backup {} taken ({} bytes)", backup.name(), backup.bytes());
            response.setStatus(200);
            response.setContentType("application/zip");
            response.setContentLengthLong(backup.bytes());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + backup.name() + "\"");
            Files.copy(backup.file(), response.getOutputStream());
        } finally {
            Files.deleteIfExists(backup.file());
        }
    }
}
