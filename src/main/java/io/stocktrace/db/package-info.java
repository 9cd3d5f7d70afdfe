/**
 * What every feature shares about the database: JDBC conversions, reference series, the run mode checks
 * (H2 file database by default, PostgreSQL required by the prod profile) and H2's ledger trigger.
 */
package io.stocktrace.db;
