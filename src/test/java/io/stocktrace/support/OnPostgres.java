package io.stocktrace.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/** Runs the annotated test class against PostgreSQL (see {@link PostgresAvailable}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
public @interface OnPostgres {
}
