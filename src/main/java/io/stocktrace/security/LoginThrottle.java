package io.stocktrace.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Failed password checks counted per user name and per client address, in the database, so that every node counts the
 * same guesses (a guesser spreading its attempts over the nodes behind a load balancer gains nothing). After a few
 * free failures each further one doubles the wait before the next attempt is even checked (up to {@link #MAX_WAIT}); a
 * success clears the user name's count. A throttled attempt is refused before bcrypt runs, so a flood of guesses
 * costs the server one indexed read each and does not slow other users down.
 */
@Component
public class LoginThrottle {
    static final int FREE_FAILURES_PER_USER = 5;
    static final int FREE_FAILURES_PER_CLIENT = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);

    private final Clock clock;
    private final LoginFailureCounts counts;

    LoginThrottle(Clock clock, LoginFailureCounts counts) {
        this.clock = clock;
        this.counts = counts;
    }

    /** How long the caller must wait before this attempt may be checked; empty when it may be checked now. */
    Optional<Duration> waitBefore(String username, String client) {
        Instant now = clock.instant();
        Duration wait = longer(remaining(userKey(username), FREE_FAILURES_PER_USER, now),
                remaining(clientKey(client), FREE_FAILURES_PER_CLIENT, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String username, String client) {
        Instant now = clock.instant();
        counts.add(userKey(username), now, now.minus(MEMORY));
        counts.add(clientKey(client), now, now.minus(MEMORY));
    }

    void succeeded(String username) {
        counts.clear(userKey(username));
    }

    int failuresOf(String username) {
        Instant now = clock.instant();
        return counts.find(userKey(username), now.minus(MEMORY)).map(LoginFailureCounts.Failures::count).orElse(0);
    }

    /** Forgets every failure (tests start clean; an operator may empty login_failures for the same effect). */
    public void forgetAll() {
        counts.clearAll();
    }

    /** Deletes the failures that are forgotten anyway; answers how many. */
    int forgetOld() {
        return counts.forgetOlderThan(clock.instant().minus(MEMORY));
    }

    private Duration remaining(String key, int free, Instant now) {
        var f = counts.find(key, now.minus(MEMORY));
        if (f.isEmpty() || f.get().count() < free) {
            return Duration.ZERO;
        }
        Instant until = f.get().last().plus(waitAfter(f.get().count() - free));
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    static Duration waitAfter(int failuresOverFree) {
        int doublings = Math.min(failuresOverFree, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    // what is typed may be of any length: the database keeps a digest of it, of one length
    private static String userKey(String username) {
        return "user:" + sha256(username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String clientKey(String client) {
        return "client:" + sha256(client);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
