package io.stocktrace.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.stocktrace.StocktraceProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15.8: the data directory 0700, its secrets and H2 files 0600 (they were 755 and 644). */
class PrivateFilesTest {
    @TempDir
    Path temp;

    @Test
    void creates_the_data_directory_private_and_narrows_an_open_one() throws IOException {
        Path fresh = temp.resolve("a/b/data");
        PrivateFiles.directory(fresh);
        assertThat(mode(fresh)).isEqualTo("rwx------");
        Path open = Files.createDirectory(temp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        PrivateFiles.directory(open);
        assertThat(mode(open)).isEqualTo("rwx------");
    }

    @Test
    void writes_a_secret_readable_by_its_owner_only_even_over_an_open_file() throws IOException {
        Path file = temp.resolve("data/initial-admin-password");
        PrivateFiles.writeSecret(file, "s3cret\n");
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("s3cret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        PrivateFiles.writeSecret(file, "other\n");
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("other\n");
    }

    @Test
    void narrows_the_h2_files_once_started() throws IOException {
        Path db = Files.createFile(temp.resolve("stocktrace.mv.db"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Path other = Files.createFile(temp.resolve("notes.txt"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        StocktraceProperties properties = mock(StocktraceProperties.class);
        when(properties.dataDir()).thenReturn(temp);
        new PrivateDatabaseFiles(properties).restrict();
        assertThat(mode(db)).isEqualTo("rw-------");
        assertThat(mode(other)).isEqualTo("rw-r--r--");
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
