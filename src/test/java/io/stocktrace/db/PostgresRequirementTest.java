package io.stocktrace.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class PostgresRequirementTest {
    private final PostgresRequirement requirement = new PostgresRequirement();

    @Test
    void the_prod_profile_refuses_the_embedded_database_and_says_what_to_set() {
        var environment = new MockEnvironment()
                .withProperty("stocktrace.require-postgresql", "true")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/stocktrace");

        assertThatThrownBy(() -> requirement.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL only")
                .hasMessageContaining("SPRING_DATASOURCE_URL=jdbc:postgresql://");
    }

    @Test
    void the_prod_profile_accepts_postgresql_and_other_runs_accept_anything() {
        var prod = new MockEnvironment().withProperty("stocktrace.require-postgresql", "true")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/stocktrace");
        var dev = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/stocktrace");

        requirement.postProcessEnvironment(prod, new SpringApplication());
        requirement.postProcessEnvironment(dev, new SpringApplication());
        assertThat(prod.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
    }
}
