package io.stocktrace.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The lowest role that may call this service method, whoever calls it: the REST API, the web pages, the CLI (through
 * the API) or another service. The one authorization point: {@link MethodSecurityConfig} checks it before the method
 * runs, so no adapter can grant more or less than the service declares.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Requires {
    Role value();
}
