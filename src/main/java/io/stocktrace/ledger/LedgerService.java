package io.stocktrace.ledger;

import io.stocktrace.problem.StocktraceException;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Seals a transaction's ledger rows into the chain, verifies the whole chain, and gives its digest. */
@Service
public class LedgerService {
    static final int MAX_FINDINGS = 100;
    private final LedgerRepository ledger;

    LedgerService(LedgerRepository ledger) {
        this.ledger = ledger;
    }

    /** Appends the block of these rows, in the caller's transaction, just before it commits; no rows, no block. */
    static void seal(LedgerRepository ledger, long blockId, Instant now) {
        List<RowHash> rows = ledger.rowHashes(blockId);
        if (rows.isEmpty()) {
            return;
        }
        byte[] hashes = LedgerRepository.concatenated(rows);
        LedgerBlock.Head head = ledger.lockHead();
        ledger.append(LedgerBlock.after(head, blockId, hashes, now.truncatedTo(ChronoUnit.MICROS)));
    }

    @Requires(Role.MANAGER)
    @Transactional(readOnly = true)
    public LedgerDigest digest() {
        LedgerBlock.Head head = ledger.head();
        return new LedgerDigest("SHA-256", head.hash(), head.position() + 1, head.totalRows(), head.sealedAt());
    }

    /**
     * The digest as it was once the chain held that many blocks: an auditor compares it with the digest kept then; equal,
     * and with {@link #verify()} intact, nothing sealed before it has changed since.
     */
    @Requires(Role.MANAGER)
    @Transactional(readOnly = true)
    public LedgerDigest digestAt(long blocks) {
        return ledger.blockAt(blocks - 1)
                .map(b -> new LedgerDigest("SHA-256", b.hash(), blocks, b.totalRows(), b.sealedAt()))
                .orElseThrow(() -> StocktraceException.notFound("Ledger block", blocks - 1));
    }

    /**
     * Recomputes every block from its rows and the chain from its blocks, in one snapshot of the database, and lists
     * what does not match: a row whose content changed (or that was added behind the ledger's back), a sealed row that
     * is gone, a block whose hash or link is wrong, rows in no block, a head that is not the last block.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public LedgerVerification verify() {
        List<String> findings = new ArrayList<>();
        String previous = Sha256.ZERO;
        long position = 0;
        long rows = 0;
        List<LedgerBlock> blocks = ledger.blocks();
        for (LedgerBlock block : blocks) {
            if (block.position() != position || !block.previousHash().equals(previous)) {
                findings.add(name(block) + ": does not follow block " + (position - 1) + " of the chain");
            }
            if (!block.hash().equals(block.expectedHash())) {
                findings.add(name(block) + ": its hash does not match its content");
            }
            rows += checkRows(block, findings);
            previous = block.hash();
            position = block.position() + 1;
        }
        LedgerBlock.Head head = ledger.head();
        if (head.position() != position - 1 || !head.hash().equals(previous)) {
            findings.add("ledger head: is not the last block of the chain (" + (position - 1) + ")");
        }
        boolean genesis = blocks.stream().anyMatch(b -> b.id() == LedgerRepository.GENESIS);
        ledger.unsealed(genesis, MAX_FINDINGS).forEach(r -> findings.add(r + ": is in no block of the ledger"));
        return new LedgerVerification(blocks.size(), rows,
                List.copyOf(findings.subList(0, Math.min(findings.size(), MAX_FINDINGS))));
    }

    /** Each row whose hash is not among those its block sealed is named; sealed hashes left over are rows gone. */
    private int checkRows(LedgerBlock block, List<String> findings) {
        byte[] stored = ledger.storedRowHashes(block.id());
        if (!Sha256.hex(stored).equals(block.contentHash())) {
            findings.add(name(block) + ": its row hashes do not match its content hash");
        }
        Set<String> sealed = new HashSet<>();
        HexFormat hex = HexFormat.of();
        for (int i = 0; i + LedgerBlock.HASH_BYTES <= stored.length; i += LedgerBlock.HASH_BYTES) {
            sealed.add(hex.formatHex(stored, i, i + LedgerBlock.HASH_BYTES));
        }
        int sealedRows = stored.length / LedgerBlock.HASH_BYTES;
        List<RowHash> actual = ledger.rowHashes(block.id());
        for (RowHash row : actual) {
            if (!sealed.remove(hex.formatHex(row.hash()))) {
                findings.add(row.row() + ": does not match the hash sealed in " + name(block));
            }
        }
        if (actual.size() < sealedRows) {
            findings.add(name(block) + ": " + (sealedRows - actual.size()) + " of its " + sealedRows
                    + " sealed rows are gone");
        }
        return actual.size();
    }

    private static String name(LedgerBlock block) {
        return "ledger block " + block.position() + " (id " + block.id() + ")";
    }
}
