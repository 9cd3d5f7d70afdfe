/**
 * What every REST endpoint shares: pages, error rendering as problem+json, Idempotency-Key replay and the
 * JSON settings. Feature endpoints live in their feature packages.
 */
package io.stocktrace.api;
