package io.stocktrace.api;

/**
 * The right to run the request reserved under one Idempotency-Key: the reservation row and the token that fences
 * it. A retry that takes over a stale reservation writes a new token, so every later write of the former owner
 * (its work's commit included) finds no row and fails.
 */
record KeyLease(long reservationId, String token) {
}
