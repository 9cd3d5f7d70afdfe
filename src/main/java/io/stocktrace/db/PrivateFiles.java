package io.stocktrace.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data directory and its secrets (the H2 database, the initial admin password) readable by the server's user
 * only: directory 0700, files 0600. On a file system without POSIX permissions (Windows) nothing is changed.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the directory (and its parents) as 0700, or narrows an existing one to 0700. */
    public static void directory(Path dir) throws IOException {
        if (!posix()) {
            Files.createDirectories(dir);
            return;
        }
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
        }
        Files.setPosixFilePermissions(dir, DIRECTORY);
    }

    /** Writes the text to a file that is 0600 from its first byte on (created so, or narrowed before writing). */
    public static void writeSecret(Path file, String text) throws IOException {
        directory(file.toAbsolutePath().getParent());
        if (posix()) {
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(file, FILE);
            } else {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            }
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /** Narrows an existing file to 0600. */
    public static void restrict(Path file) throws IOException {
        if (posix() && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
