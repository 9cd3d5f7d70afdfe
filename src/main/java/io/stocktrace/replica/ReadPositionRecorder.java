package io.stocktrace.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * After a client's read-write transaction commits, records its position in {@link ReadPositions} before the answer
 * leaves, so that its next read, on any node, waits for a standby that has replayed it. Spring Boot hands every such
 * listener to the transaction manager; it runs while the committed transaction's connection is still bound.
 */
class ReadPositionRecorder implements TransactionExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(ReadPositionRecorder.class);
    private final ObjectProvider<DataSource> dataSources;

    ReadPositionRecorder(ObjectProvider<DataSource> dataSources) {
        this.dataSources = dataSources;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        Optional<String> client = ReadPositions.client();
        if (commitFailure != null || transaction.isReadOnly() || client.isEmpty()
                || !(dataSources.getIfAvailable() instanceof RoutedDataSource routed)) {
            return;
        }
        Connection committed = DataSourceUtils.getConnection(routed);
        try {
            routed.positions().recordCommit(committed, client.get());
        } catch (SQLException e) {
            // the write is committed and must be answered as such; only this request's own reads are sure to see it
            routed.positions().requirePrimaryForThisRequest();
            log.warn("The position of {}'s write could not be recorded; its reads from other requests may run on a "
                    + "standby that has not replayed it yet: {}", client.get(), e.getMessage());
        } finally {
            DataSourceUtils.releaseConnection(committed, routed);
        }
    }
}
