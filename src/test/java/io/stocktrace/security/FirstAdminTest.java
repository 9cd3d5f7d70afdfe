package io.stocktrace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.stocktrace.StocktraceProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Issue 15.8: the generated first password goes to a 0600 file in a 0700 directory, never to the log. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {
    @TempDir
    Path temp;

    @Test
    void writes_the_generated_password_to_a_private_file_and_never_logs_it(CapturedOutput log) throws Exception {
        Path dataDir = temp.resolve("data");
        StocktraceProperties properties = mock(StocktraceProperties.class);
        when(properties.dataDir()).thenReturn(dataDir);
        UserService users = mock(UserService.class);
        when(users.createFirstAdmin(anyString())).thenReturn(true);

        new FirstAdmin(users, properties).run(null);

        Path file = dataDir.resolve("initial-admin-password");
        String password = Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(log.getAll()).contains("initial-admin-password").doesNotContain(password);
    }
}
