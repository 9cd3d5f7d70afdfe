package io.stocktrace.ledger;

import java.time.Instant;

/**
 * One block of the chain: the rows one transaction wrote (their hashes, 32 bytes each, in table order then by key),
 * the hash of those, and the previous block's hash. Its own hash covers all of it, so changing any row, any block or
 * the order of the blocks changes every hash after it. Block 0 is the genesis: the rows written before the chain.
 */
record LedgerBlock(long id, long position, String previousHash, int rowCount, long totalRows, byte[] rowHashes,
                   String contentHash, Instant sealedAt, String hash) {
    static final int HASH_BYTES = 32;

    /** The head of the chain: its last block's position and hash, and how many rows it holds in all. */
    record Head(long position, String hash, long totalRows, Instant sealedAt) {
    }

    static LedgerBlock after(Head head, long id, byte[] rowHashes, Instant sealedAt) {
        int rows = rowHashes.length / HASH_BYTES;
        long position = head.position() + 1;
        long total = head.totalRows() + rows;
        String content = Sha256.hex(rowHashes);
        return new LedgerBlock(id, position, head.hash(), rows, total, rowHashes, content, sealedAt,
                hash(id, position, head.hash(), rows, total, content, sealedAt));
    }

    /** The hash this block must have, from its other fields. */
    String expectedHash() {
        return hash(id, position, previousHash, rowCount, totalRows, contentHash, sealedAt);
    }

    Head asHead() {
        return new Head(position, hash, totalRows, sealedAt);
    }

    private static String hash(long id, long position, String previous, int rows, long total, String content,
                               Instant at) {
        return Sha256.hex("stocktrace-ledger-block-v1\n" + position + '\n' + id + '\n' + previous + '\n' + rows + '\n'
                + total + '\n' + content + '\n' + at + '\n');
    }
}
