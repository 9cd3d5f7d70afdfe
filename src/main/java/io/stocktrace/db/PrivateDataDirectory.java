package io.stocktrace.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The data directory is made private (0700) before anything writes into it: H2 creates its file with the process's
 * umask (0644), which inside a private directory nobody else can reach.
 */
public class PrivateDataDirectory implements EnvironmentPostProcessor {
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path dir = Path.of(environment.getProperty("stocktrace.data-dir", "./data"));
        boolean h2File = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:file:");
        if (!h2File && !Files.isDirectory(dir)) {
            return; // PostgreSQL: the directory is only made if a generated admin password must be written
        }
        try {
            PrivateFiles.directory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the data directory " + dir.toAbsolutePath()
                    + " private (0700); check its owner", e);
        }
    }
}
