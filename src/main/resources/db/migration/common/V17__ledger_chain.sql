-- The tamper-evident ledger (docs/security.md, "Tamper-evident ledger"). Every transaction that writes move lines,
-- lot events, recalls or recall lots appends one block to a single hash chain: the block holds the SHA-256 of each
-- row it sealed (in table order, then by key), the hash of those, and the previous block's hash. The rows carry the
-- id of their block. Rows written before this migration have no block id: V17_1 seals them as block 0, the genesis.

CREATE SEQUENCE ledger_block_ids START WITH 1;

CREATE TABLE ledger_blocks (
    id            bigint      PRIMARY KEY,
    position      bigint      NOT NULL CONSTRAINT uq_ledger_blocks_position UNIQUE,
    previous_hash varchar(64) NOT NULL,
    row_count     integer     NOT NULL CONSTRAINT ck_ledger_blocks_row_count CHECK (row_count >= 0),
    total_rows    bigint      NOT NULL,
    -- the SHA-256 of each sealed row, 32 bytes after 32 bytes, so that verify names the row that changed
    row_hashes    bytea       NOT NULL,
    content_hash  varchar(64) NOT NULL,
    sealed_at     timestamp with time zone NOT NULL,
    hash          varchar(64) NOT NULL
);

-- The end of the chain, locked for the moment a transaction appends its block, just before it commits.
CREATE TABLE ledger_heads (
    chain      varchar(16) PRIMARY KEY,
    position   bigint      NOT NULL,
    hash       varchar(64) NOT NULL,
    total_rows bigint      NOT NULL,
    sealed_at  timestamp with time zone
);
INSERT INTO ledger_heads (chain, position, hash, total_rows)
VALUES ('main', -1, '0000000000000000000000000000000000000000000000000000000000000000', 0);

ALTER TABLE move_lines ADD COLUMN ledger_block_id bigint;
ALTER TABLE lot_events ADD COLUMN ledger_block_id bigint;
ALTER TABLE recalls ADD COLUMN ledger_block_id bigint;
ALTER TABLE recall_lots ADD COLUMN ledger_block_id bigint;
CREATE INDEX ix_move_lines_ledger_block ON move_lines (ledger_block_id);
CREATE INDEX ix_lot_events_ledger_block ON lot_events (ledger_block_id);
CREATE INDEX ix_recalls_ledger_block ON recalls (ledger_block_id);
CREATE INDEX ix_recall_lots_ledger_block ON recall_lots (ledger_block_id);
