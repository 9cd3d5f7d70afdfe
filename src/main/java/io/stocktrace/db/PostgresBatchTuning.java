package io.stocktrace.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's driver sends a batch of INSERTs one by one unless told to rewrite them into multi-row INSERTs;
 * bulk receipts of serials depend on it.
 */
@Component
class PostgresBatchTuning implements BeanPostProcessor {
    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
                && !hikari.getJdbcUrl().contains("reWriteBatchedInserts")) {
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
