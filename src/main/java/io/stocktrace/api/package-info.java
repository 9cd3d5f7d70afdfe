/**
 * What every REST endpoint shares: pages, error rendering as problem+json, Idempotency-Key replay (which the web
 * pages' forms use too, for their one-time tokens: {@link io.stocktrace.api.FormSubmissions}) and the JSON settings.
 * Feature endpoints live in their feature packages.
 */
package io.stocktrace.api;
