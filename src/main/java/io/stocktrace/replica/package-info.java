/**
 * Read replicas: read-only transactions of a client's request go to a PostgreSQL standby once it has replayed that
 * client's last write (read-your-writes), else to the primary; writes and the reads that decide them never leave it.
 */
package io.stocktrace.replica;
