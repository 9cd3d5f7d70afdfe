package io.stocktrace.node;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a periodic job on one node at a time: the node that takes the job's row in {@code scheduled_locks} runs it,
 * the others skip that turn. The lease is taken and compared with the database's clock, so the nodes' clocks need
 * not agree. A lease is never renewed: {@code atMostFor} must be longer than the job ever runs (a node that dies
 * while running it holds it that long), and {@code atLeastFor} keeps it after a quick run, so that a node whose
 * timer fires a little later (another start, a clock a few minutes off) does not run the same turn again.
 */
@Component
public class OnceAcrossNodes {
    private final LockingTaskExecutor executor;
    private final Clock clock;

    OnceAcrossNodes(DataSource dataSource, Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withTableName("scheduled_locks")
                        .usingDbTime()
                        .build()));
        this.clock = clock;
    }

    /** One turn of a job: a lease of {@code atLeastFor} to {@code atMostFor}; answers whether this node ran it. */
    public record Turn(String job, Duration atMostFor, Duration atLeastFor) {
        public Turn {
            if (job.isBlank() || job.length() > 64 || atLeastFor.compareTo(atMostFor) > 0) {
                throw new IllegalArgumentException("a job name of 1 to 64 characters, held at least less than at most");
            }
        }
    }

    /** Runs the work if no other node holds the job's lease; answers whether it ran here. */
    public boolean run(Turn turn, Runnable work) {
        try {
            return executor.executeWithLock(() -> {
                work.run();
                return Boolean.TRUE;
            }, new LockConfiguration(clock.instant(), turn.job(), turn.atMostFor(), turn.atLeastFor())).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
