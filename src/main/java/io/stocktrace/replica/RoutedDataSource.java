package io.stocktrace.replica;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The application's data source with read replicas: a connection is taken only at the first statement, once the
 * transaction has said whether it is read-only; read-only ones go through {@link ReplicaRouting}. Closing it closes
 * both pools.
 */
class RoutedDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {
    private final HikariDataSource primary;
    private final ReplicaRouting routing;
    private final ReadPositions positions;

    RoutedDataSource(HikariDataSource primary, ReplicaRouting routing, ReadPositions positions) {
        super(primary);
        setReadOnlyDataSource(routing);
        this.primary = primary;
        this.routing = routing;
        this.positions = positions;
    }

    ReadPositions positions() {
        return positions;
    }

    @Override
    public void close() {
        routing.close();
        primary.close();
    }
}
