/**
 * Named EPCIS queries with subscriptions: new matching events of our ledger go, in order, through a database outbox
 * to a webhook, signed with HMAC-SHA256, retried with backoff, with a log of every attempt; pausable and resumable.
 */
package io.stocktrace.epcis.subscription;
