/**
 * The tamper-evident ledger: every transaction that writes move lines, lot events or recalls seals the rows it wrote
 * into one block of a SHA-256 hash chain; verify recomputes the chain and names the rows that changed; the digest lets
 * an auditor keep the chain's head elsewhere.
 */
package io.stocktrace.ledger;
