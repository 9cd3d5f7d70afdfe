package io.stocktrace.security;

import io.stocktrace.StocktraceProperties;
import io.stocktrace.db.PrivateFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start with no users, creates {@code admin} with STOCKTRACE_ADMIN_PASSWORD, or with a generated password
 * written to {@code initial-admin-password} (mode 0600) in the data directory, never to the log.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private final UserService users;
    private final StocktraceProperties properties;

    FirstAdmin(UserService users, StocktraceProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        String given = properties.adminPassword();
        boolean generated = given == null || given.isBlank();
        String password = generated ? generatePassword() : given;
        if (!users.createFirstAdmin(password)) {
            return;
        }
        if (generated) {
            Path file = properties.dataDir().resolve("initial-admin-password").toAbsolutePath().normalize();
            PrivateFiles.writeSecret(file, password + System.lineSeparator());
            // never the password itself: logs are collected, shipped and kept where anyone with access reads them
            log.warn("Created user 'admin' with a generated password, written to {} (readable by this user only)", file);
        } else {
            log.info("Created user 'admin' with the password from STOCKTRACE_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
