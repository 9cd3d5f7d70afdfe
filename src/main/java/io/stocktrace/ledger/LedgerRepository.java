package io.stocktrace.ledger;

import io.stocktrace.db.Rows;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chain's blocks and head, and the ledger rows of a block as hashes of their canonical content. */
@Repository
class LedgerRepository {
    static final long GENESIS = 0;
    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextBlockId() {
        return jdbc.sql("SELECT nextval('ledger_block_ids')").query(Long.class).single();
    }

    /**
     * The rows of a block, every ledger table in turn, each in key order; the genesis holds those without a block, of
     * the tables that were in the ledger when it was sealed.
     */
    List<RowHash> rowHashes(long blockId) {
        List<RowHash> hashes = new ArrayList<>();
        for (LedgerTable table : blockId == GENESIS ? LedgerTable.AT_GENESIS : EnumSet.allOf(LedgerTable.class)) {
            var sql = jdbc.sql("SELECT * FROM " + table.table + " WHERE "
                    + (blockId == GENESIS ? "ledger_block_id IS NULL" : "ledger_block_id = :block")
                    + " ORDER BY " + table.keyList());
            if (blockId != GENESIS) {
                sql = sql.param("block", blockId);
            }
            sql.query(reader(table, hashes));
        }
        return hashes;
    }

    private static RowCallbackHandler reader(LedgerTable table, List<RowHash> hashes) {
        CanonicalRows[] canonical = new CanonicalRows[1];
        return rs -> {
            if (canonical[0] == null) {
                canonical[0] = new CanonicalRows(table, rs.getMetaData());
            }
            hashes.add(canonical[0].hash(rs));
        };
    }

    static byte[] concatenated(List<RowHash> hashes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(hashes.size() * LedgerBlock.HASH_BYTES);
        hashes.forEach(h -> out.writeBytes(h.hash()));
        return out.toByteArray();
    }

    /** The head, locked until this transaction ends: the one moment appending writers wait for each other. */
    LedgerBlock.Head lockHead() {
        return jdbc.sql("SELECT position, hash, total_rows, sealed_at FROM ledger_heads WHERE chain = 'main' FOR UPDATE")
                .query((rs, n) -> new LedgerBlock.Head(rs.getLong("position"), rs.getString("hash"),
                        rs.getLong("total_rows"), Rows.instant(rs, "sealed_at")))
                .single();
    }

    LedgerBlock.Head head() {
        return jdbc.sql("SELECT position, hash, total_rows, sealed_at FROM ledger_heads WHERE chain = 'main'")
                .query((rs, n) -> new LedgerBlock.Head(rs.getLong("position"), rs.getString("hash"),
                        rs.getLong("total_rows"), Rows.instant(rs, "sealed_at")))
                .single();
    }

    void append(LedgerBlock b) {
        jdbc.sql("""
                        INSERT INTO ledger_blocks (id, position, previous_hash, row_count, total_rows, row_hashes,
                                                   content_hash, sealed_at, hash)
                        VALUES (:id, :position, :previous, :rows, :total, :rowHashes, :content, :at, :hash)
                        """)
                .param("id", b.id()).param("position", b.position()).param("previous", b.previousHash())
                .param("rows", b.rowCount()).param("total", b.totalRows()).param("rowHashes", b.rowHashes())
                .param("content", b.contentHash()).param("at", Rows.utc(b.sealedAt())).param("hash", b.hash())
                .update();
        jdbc.sql("""
                        UPDATE ledger_heads SET position = :position, hash = :hash, total_rows = :total, sealed_at = :at
                        WHERE chain = 'main'
                        """)
                .param("position", b.position()).param("hash", b.hash()).param("total", b.totalRows())
                .param("at", Rows.utc(b.sealedAt()))
                .update();
    }

    /** Every block in chain order, without its row hashes (read one block at a time with {@link #storedRowHashes}). */
    List<LedgerBlock> blocks() {
        return jdbc.sql("""
                        SELECT id, position, previous_hash, row_count, total_rows, content_hash, sealed_at, hash
                        FROM ledger_blocks ORDER BY position
                        """)
                .query((rs, n) -> new LedgerBlock(rs.getLong("id"), rs.getLong("position"),
                        rs.getString("previous_hash"), rs.getInt("row_count"), rs.getLong("total_rows"), null,
                        rs.getString("content_hash"), Rows.instant(rs, "sealed_at"), rs.getString("hash")))
                .list();
    }

    Optional<LedgerBlock> blockAt(long position) {
        return jdbc.sql("SELECT id, total_rows, sealed_at, hash FROM ledger_blocks WHERE position = :position")
                .param("position", position)
                .query((rs, n) -> new LedgerBlock(rs.getLong("id"), position, null, 0, rs.getLong("total_rows"), null,
                        null, Rows.instant(rs, "sealed_at"), rs.getString("hash")))
                .optional();
    }

    byte[] storedRowHashes(long blockId) {
        return jdbc.sql("SELECT row_hashes FROM ledger_blocks WHERE id = :id").param("id", blockId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    /**
     * Ledger rows that name a block that does not exist, or none while there is no genesis block (package moves, which
     * joined after the genesis, always name one).
     */
    List<String> unsealed(boolean genesis, int limit) {
        List<String> rows = new ArrayList<>();
        for (LedgerTable table : LedgerTable.values()) {
            String condition = "(ledger_block_id IS NOT NULL AND NOT EXISTS "
                    + "(SELECT 1 FROM ledger_blocks b WHERE b.id = t.ledger_block_id))"
                    + (genesis && LedgerTable.AT_GENESIS.contains(table) ? "" : " OR ledger_block_id IS NULL");
            List<String> found = jdbc.sql("SELECT " + table.keyList() + " FROM " + table.table + " t WHERE "
                            + condition + " ORDER BY " + table.keyList() + " LIMIT :limit")
                    .param("limit", limit)
                    .query((rs, n) -> {
                        long[] key = new long[table.key.length];
                        for (int k = 0; k < key.length; k++) {
                            key[k] = rs.getLong(k + 1);
                        }
                        return table.rowName(key);
                    })
                    .list();
            rows.addAll(found);
        }
        return rows;
    }
}
