/**
 * What lets several application nodes serve one database: periodic work run once across nodes under a lease row
 * (ShedLock's JDBC provider). The web sessions (Spring Session JDBC) and the login throttle keep their state in the
 * database too; docs/scale-out.md ("Several application nodes") says what stays per node and why that is safe.
 */
package io.stocktrace.node;
