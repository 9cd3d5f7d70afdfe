package io.stocktrace.api;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this user name or from this client: not checked, try again after the wait. */
public class TooManyLogins extends AuthenticationException {
    private final Duration retryAfter;

    public TooManyLogins(Duration retryAfter) {
        super("Too many failed logins; try again later.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, as Retry-After wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
