package io.stocktrace.ledger;

import java.time.Instant;

/**
 * The head of the chain as an auditor keeps it: the last block's hash, how many blocks and rows the chain holds, and
 * when that block was sealed. A digest kept elsewhere proves later that nothing before it changed.
 */
public record LedgerDigest(String algorithm, String hash, long blocks, long rows, Instant at) {
}
