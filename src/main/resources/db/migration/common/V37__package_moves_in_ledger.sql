-- Package moves in the tamper-evident ledger (issue 19): what happened to a package as a whole (packed into a parent,
-- taken out, moved, shipped, received, returned) is sealed in the same hash chain as the move lines, so verify names a
-- package move changed or deleted behind the application's back. V37_1 seals the package moves written before this
-- migration in one block appended to the chain; every later one is sealed by the operation that writes it.
ALTER TABLE package_moves ADD COLUMN ledger_block_id bigint;
CREATE INDEX ix_package_moves_ledger_block ON package_moves (ledger_block_id);
