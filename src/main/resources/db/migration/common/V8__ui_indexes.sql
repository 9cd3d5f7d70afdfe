-- Reporting ‣ Moves History reads the ledger newest first, a page at a time from a cursor (occurred_at, id): all
-- products, or one product.
CREATE INDEX ix_move_lines_occurred ON move_lines (occurred_at, id);
CREATE INDEX ix_move_lines_product_occurred ON move_lines (product_id, occurred_at, id);
