package io.stocktrace.db;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The prod profile runs on PostgreSQL only. Checked before anything touches a database, so a production
 * start never silently creates an H2 file.
 */
public class PostgresRequirement implements EnvironmentPostProcessor {
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean required = environment.getProperty("stocktrace.require-postgresql", Boolean.class, false);
        String url = environment.getProperty("spring.datasource.url", "");
        if (required && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("The prod profile runs on PostgreSQL only, but spring.datasource.url is '"
                    + url + "'. Set SPRING_DATASOURCE_URL=jdbc:postgresql://<host>:5432/<database>, "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, or start without the prod profile "
                    + "to use the embedded H2 database.");
        }
    }
}
