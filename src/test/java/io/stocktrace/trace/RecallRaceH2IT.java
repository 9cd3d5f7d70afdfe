package io.stocktrace.trace;

import io.stocktrace.support.OnH2;
import org.springframework.test.context.TestPropertySource;

/** H2 gives up a lock wait after 1 s by default; the test holds its locks for as long as the other party takes. */
@OnH2
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:stocktrace-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000")
class RecallRaceH2IT extends RecallRaceTests {
}
