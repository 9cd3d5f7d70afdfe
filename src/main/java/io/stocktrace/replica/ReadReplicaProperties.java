package io.stocktrace.replica;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code stocktrace.read-replicas.*}: where read-only work may go. Unset (and always on H2), everything runs on the
 * primary, as without this feature.
 *
 * @param url         a pgJDBC multi-host URL of the standbys, e.g.
 *                    {@code jdbc:postgresql://db2:5432,db3:5432/stocktrace?targetServerType=preferSecondary&loadBalanceHosts=true}
 * @param username    the standbys' user; the primary's when empty
 * @param password    the standbys' password; the primary's when empty
 * @param maxLag      a standby further behind its primary than this is skipped
 * @param retryAfter  how long a standby that could not be reached is skipped before it is tried again
 * @param poolSize    connections to the standbys
 */
@ConfigurationProperties("stocktrace.read-replicas")
public record ReadReplicaProperties(
        String url,
        String username,
        String password,
        @DefaultValue("10s") Duration maxLag,
        @DefaultValue("5s") Duration retryAfter,
        @DefaultValue("10") int poolSize) {

    public ReadReplicaProperties {
        if (maxLag.isNegative() || retryAfter.isNegative() || poolSize < 1 || poolSize > 1000) {
            throw new IllegalArgumentException("stocktrace.read-replicas: max-lag and retry-after must not be negative,"
                    + " pool-size must be 1 to 1000");
        }
    }

    boolean configured() {
        return url != null && !url.isBlank();
    }
}
