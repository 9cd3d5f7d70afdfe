package io.stocktrace.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Successful password checks, remembered a few minutes so that a client sending Basic credentials on every call pays
 * bcrypt once, not every time (Elasticsearch's realm cache). The key is an HMAC-SHA256 of user name and password under
 * a random key of this process: neither is kept, and the map is useless outside it. An entry holds the stored hash
 * and security stamp it was checked against; a hit counts only while both are still the stored ones. Failures are
 * never remembered.
 */
@Component
class CredentialCache {
    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    /** A password check that succeeded against this stored hash and stamp. */
    record Checked(long userId, String username, String passwordHash, long securityStamp, Instant until) {
    }

    private final SecretKeySpec key;
    private final Clock clock;
    private final Map<String, Checked> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Checked> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    CredentialCache(Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
    }

    synchronized Optional<Checked> find(String username, String password) {
        String k = keyOf(username, password);
        Checked hit = entries.get(k);
        if (hit != null && !clock.instant().isBefore(hit.until())) {
            entries.remove(k);
            return Optional.empty();
        }
        return Optional.ofNullable(hit);
    }

    synchronized void remember(String username, String password, UserRepository.Credentials checked) {
        entries.put(keyOf(username, password), new Checked(checked.user().id(), checked.user().username(),
                checked.passwordHash(), checked.securityStamp(), clock.instant().plus(TIME_TO_LIVE)));
    }

    /** Drops the user's entries: their password, role or active flag changed. */
    synchronized void forget(String username) {
        entries.values().removeIf(c -> c.username().equals(username));
    }

    synchronized int size() {
        return entries.size();
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
