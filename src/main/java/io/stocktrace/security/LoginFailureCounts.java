package io.stocktrace.security;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the login throttle counts failures: the database in the application, so that every node counts the same
 * guesses ({@link LoginFailureRepository}); a map in the throttle's unit tests. Failures older than
 * {@code forgetBefore} count as none.
 */
interface LoginFailureCounts {
    /** The failures of a key: how many in a row, the last one when. */
    record Failures(int count, Instant last) {
    }

    Optional<Failures> find(String key, Instant forgetBefore);

    /** One more failure of the key at {@code now}, counted from 1 again when the last one is forgotten. */
    void add(String key, Instant now, Instant forgetBefore);

    void clear(String key);

    void clearAll();

    /** Deletes what is forgotten anyway, so a flood of new user names does not keep growing the count. */
    int forgetOlderThan(Instant forgetBefore);
}
