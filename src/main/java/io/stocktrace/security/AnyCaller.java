package io.stocktrace.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method that writes without a role, on purpose: {@link #value} says why. The architecture test accepts it
 * in place of {@link Requires}, so that every exception to the role rules is written down where it is made.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AnyCaller {
    /** Why no role is needed. */
    String value();
}
