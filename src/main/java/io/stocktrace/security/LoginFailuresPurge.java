package io.stocktrace.security;

import io.stocktrace.node.OnceAcrossNodes;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, on one node, the login failures older than the throttle's memory are deleted. */
@Component
class LoginFailuresPurge {
    static final OnceAcrossNodes.Turn TURN =
            new OnceAcrossNodes.Turn("login-failures-purge", Duration.ofMinutes(10), Duration.ofMinutes(5));
    private static final Logger log = LoggerFactory.getLogger(LoginFailuresPurge.class);
    private final LoginThrottle throttle;
    private final OnceAcrossNodes once;

    LoginFailuresPurge(LoginThrottle throttle, OnceAcrossNodes once) {
        this.throttle = throttle;
        this.once = once;
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 120_000)
    void hourly() {
        once.run(TURN, () -> {
            int forgotten = throttle.forgetOld();
            if (forgotten > 0) {
                log.info("Login throttle: {} failure counts older than {} deleted", forgotten, LoginThrottle.MEMORY);
            }
        });
    }
}
