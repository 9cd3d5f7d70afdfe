package io.stocktrace.ledger;

/** The SHA-256 of one ledger row's canonical content, and the row's name (its table and key) for a report. */
record RowHash(String row, byte[] hash) {
}
