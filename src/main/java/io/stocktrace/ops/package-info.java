/**
 * Running Stocktrace: the metrics it publishes, the request id in logs and problems, readiness, and online backups
 * of the embedded database.
 */
package io.stocktrace.ops;
