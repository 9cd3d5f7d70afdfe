package io.stocktrace.db;

import io.stocktrace.support.PostgresAvailable;
import io.stocktrace.support.ScratchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresAvailable.class)
class ShutdownPostgresIT extends ShutdownTests {
    private final ScratchDatabase database = new ScratchDatabase("faults_shutdown");

    @BeforeEach
    void createDatabase() throws Exception {
        database.create();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        database.drop();
    }

    @Override
    String[] databaseArguments() {
        return new String[] {"--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + PostgresAvailable.USER,
                "--spring.datasource.password=" + PostgresAvailable.PASSWORD};
    }
}
