package io.stocktrace.node;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one node, the expired web sessions are deleted. Spring Session's own timer, which every node would
 * run at the same second, is off ({@code spring.session.jdbc.cleanup-cron: "-"}); this runs its same cleanup under a
 * lease held at least 30 s, so the other nodes' timers of that minute skip it.
 */
@Component
public class ExpiredSessionsPurge {
    static final OnceAcrossNodes.Turn TURN =
            new OnceAcrossNodes.Turn("expired-sessions-purge", Duration.ofMinutes(5), Duration.ofSeconds(30));
    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;
    private final OnceAcrossNodes once;

    // the session store exists only when the application serves pages: the command line has none
    ExpiredSessionsPurge(ObjectProvider<JdbcIndexedSessionRepository> sessions, OnceAcrossNodes once) {
        this.sessions = sessions;
        this.once = once;
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void everyMinute() {
        purgeOnce();
    }

    /** Deletes the expired sessions unless another node holds this turn; answers whether it ran here. */
    public boolean purgeOnce() {
        JdbcIndexedSessionRepository store = sessions.getIfAvailable();
        return store != null && once.run(TURN, store::cleanUpExpiredSessions);
    }
}
