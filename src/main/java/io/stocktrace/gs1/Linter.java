package io.stocktrace.gs1;

/**
 * A content check named in the syntax dictionary (csum, yymmd0, iso3166, ...). Returns null when the data
 * passes. Date linters need the current year to pick the century of a two-digit year.
 */
@FunctionalInterface
interface Linter {

    LintFailure lint(String data, int currentYear);
}
