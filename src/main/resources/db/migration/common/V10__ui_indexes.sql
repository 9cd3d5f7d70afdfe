-- Reporting ‣ Moves History reads the ledger newest first, a page at a time from a cursor (occurred_at, id): all
-- products, or one product.
CREATE INDEX ix_move_lines_occurred ON move_lines (occurred_at, id);
CREATE INDEX ix_move_lines_product_occurred ON move_lines (product_id, occurred_at, id);

-- The dashboard grouped by product: finding which products have lots stops at the first one, and a product's group
-- (its totals, its newest lots when unfolded) reads only that product's lots.
CREATE INDEX ix_lots_product ON lots (product_id, id);
