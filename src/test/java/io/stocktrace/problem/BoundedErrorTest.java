package io.stocktrace.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class BoundedErrorTest {

    @Test
    void a_driver_message_quoting_a_million_parameters_goes_to_the_log_cut_to_a_few_thousand_characters() {
        String statement = "SELECT * FROM products WHERE id IN (" + "?, ".repeat(1_000_000) + "?)";
        SQLException driver = new SQLException("Invalid value 1000000 for parameter index; SQL statement: " + statement);
        RuntimeException error = new IllegalStateException("PreparedStatementCallback; " + statement, driver);

        Throwable logged = BoundedError.of(error);

        assertThat(logged.toString()).startsWith("java.lang.IllegalStateException: PreparedStatementCallback; SELECT")
                .hasSizeLessThan(BoundedError.MAX_MESSAGE + 100).endsWith("more characters)");
        assertThat(logged.getCause().toString()).startsWith("java.sql.SQLException: Invalid value 1000000")
                .hasSizeLessThan(BoundedError.MAX_MESSAGE + 100);
        assertThat(logged.getStackTrace()).isEqualTo(error.getStackTrace());
        assertThat(logged.getCause().getCause()).isNull();
    }

    @Test
    void a_short_message_is_kept_whole() {
        assertThat(BoundedError.of(new IllegalArgumentException("bad")).toString())
                .isEqualTo("java.lang.IllegalArgumentException: bad");
    }
}
