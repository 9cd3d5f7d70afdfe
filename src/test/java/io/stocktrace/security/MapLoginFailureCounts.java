package io.stocktrace.security;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The login failures in a map, as the database counts them: the throttle's rules tested as plain Java. */
final class MapLoginFailureCounts implements LoginFailureCounts {
    private final Map<String, Failures> failures = new HashMap<>();

    @Override
    public Optional<Failures> find(String key, Instant forgetBefore) {
        return Optional.ofNullable(failures.get(key)).filter(f -> !f.last().isBefore(forgetBefore));
    }

    @Override
    public void add(String key, Instant now, Instant forgetBefore) {
        int before = find(key, forgetBefore).map(Failures::count).orElse(0);
        failures.put(key, new Failures(before + 1, now));
    }

    @Override
    public void clear(String key) {
        failures.remove(key);
    }

    @Override
    public void clearAll() {
        failures.clear();
    }

    @Override
    public int forgetOlderThan(Instant forgetBefore) {
        int size = failures.size();
        failures.values().removeIf(f -> f.last().isBefore(forgetBefore));
        return size - failures.size();
    }

    int size() {
        return failures.size();
    }
}
