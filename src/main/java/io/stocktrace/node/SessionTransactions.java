package io.stocktrace.node;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session saves a session in transactions of its own manager, not the application's: the application's
 * manager has listeners that take every read-write commit for the work of the request running it (the Idempotency-Key
 * and form token stamp, the "something was written" flag), and a session saved while a refused form's page is sent
 * (the response commits it) is no such work: the form's token would stay taken.
 */
@Configuration
class SessionTransactions {

    @Bean("springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    /**
     * The application's own template, on its transaction manager: Boot makes it only while no other
     * {@link TransactionOperations} bean exists, and the one above is such a bean.
     */
    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }
}
