package io.stocktrace.replica;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * With {@code stocktrace.read-replicas.url} set and a PostgreSQL primary, the application's data source becomes a
 * {@link RoutedDataSource}: read-only transactions take their connection from {@link ReplicaRouting}, everything else
 * from the primary's pool as before. Without it, or on H2, nothing here is made.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "stocktrace.read-replicas", name = "url")
class ReadReplicaConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ReadReplicaConfiguration.class);

    @Bean
    static BeanPostProcessor readReplicaRouting(Environment environment, ObjectProvider<MeterRegistry> registries) {
        return new Wrapper(environment, registries);
    }

    @Bean
    ReadPositionRecorder readPositionRecorder(ObjectProvider<javax.sql.DataSource> dataSources) {
        return new ReadPositionRecorder(dataSources);
    }

    private record Wrapper(Environment environment, ObjectProvider<MeterRegistry> registries)
            implements BeanPostProcessor, Ordered {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof HikariDataSource primary) || !"dataSource".equals(beanName)) {
                return bean;
            }
            ReadReplicaProperties properties = Binder.get(environment)
                    .bind("stocktrace.read-replicas", ReadReplicaProperties.class).get();
            if (primary.getJdbcUrl() == null || !primary.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                log.warn("stocktrace.read-replicas.url is ignored: the primary is not PostgreSQL; every read stays on it");
                return bean;
            }
            ReadPositions positions = new ReadPositions(primary, new WriteClock(properties.maxLag().toNanos()));
            ReplicaRouting routing = new ReplicaRouting(primary, replicas(primary, properties), positions, properties,
                    new ReadRoutingMetrics(registries));
            log.info("Read-only transactions of clients go to the read replicas at {} once caught up", properties.url());
            return new RoutedDataSource(primary, routing, positions);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        private static HikariDataSource replicas(HikariDataSource primary, ReadReplicaProperties properties) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("stocktrace-replicas");
            config.setJdbcUrl(properties.url());
            boolean ownUser = properties.username() != null && !properties.username().isBlank();
            config.setUsername(ownUser ? properties.username() : primary.getUsername());
            config.setPassword(ownUser ? properties.password() : primary.getPassword());
            config.setMaximumPoolSize(properties.poolSize());
            config.setMinimumIdle(0);
            config.setReadOnly(true);
            // a stopped standby must not hold a request long: past this, the read goes to the primary
            config.setConnectionTimeout(1000);
            config.setValidationTimeout(500);
            config.setInitializationFailTimeout(-1);
            config.addDataSourceProperty("connectTimeout", "2");
            // the standbys' pg_stat_activity names these connections
            config.addDataSourceProperty("ApplicationName", "stocktrace-replica-reads");
            return new HikariDataSource(config);
        }
    }
}
