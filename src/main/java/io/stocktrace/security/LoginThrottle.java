package io.stocktrace.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Failed password checks counted per user name and per client address, in this process's memory. After a few free
 * failures each further one doubles the wait before the next attempt is even checked (up to {@link #MAX_WAIT}); a
 * success clears the user name's count. A throttled attempt is refused before bcrypt runs, so a flood of guesses
 * costs the server almost nothing and does not slow other users down.
 */
@Component
public class LoginThrottle {
    static final int FREE_FAILURES_PER_USER = 5;
    static final int FREE_FAILURES_PER_CLIENT = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    private static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_KEYS;
        }
    };

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before this attempt may be checked; empty when it may be checked now. */
    synchronized Optional<Duration> waitBefore(String username, String client) {
        Instant now = clock.instant();
        Duration wait = longer(remaining(userKey(username), FREE_FAILURES_PER_USER, now),
                remaining(clientKey(client), FREE_FAILURES_PER_CLIENT, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    synchronized void failed(String username, String client) {
        Instant now = clock.instant();
        for (String key : new String[] {userKey(username), clientKey(client)}) {
            Failures before = current(key, now);
            failures.put(key, new Failures(before == null ? 1 : before.count() + 1, now));
        }
    }

    synchronized void succeeded(String username) {
        failures.remove(userKey(username));
    }

    synchronized int failuresOf(String username) {
        Failures f = current(userKey(username), clock.instant());
        return f == null ? 0 : f.count();
    }

    /** Forgets every failure (tests start clean; an operator may restart for the same effect). */
    public synchronized void forgetAll() {
        failures.clear();
    }

    private Duration remaining(String key, int free, Instant now) {
        Failures f = current(key, now);
        if (f == null || f.count() < free) {
            return Duration.ZERO;
        }
        Instant until = f.last().plus(waitAfter(f.count() - free));
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    static Duration waitAfter(int failuresOverFree) {
        int doublings = Math.min(failuresOverFree, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private Failures current(String key, Instant now) {
        Failures f = failures.get(key);
        if (f != null && f.last().plus(MEMORY).isBefore(now)) {
            failures.remove(key);
            return null;
        }
        return f;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }
}
