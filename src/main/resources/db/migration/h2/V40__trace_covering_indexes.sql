-- PostgreSQL's V40 adds columns to ix_move_lines_lot and ix_lot_links_consumed (INCLUDE) for index-only trace
-- summaries. H2 has no INCLUDE; its links index gets the columns as keys (the walk reads them from the index), and
-- the move lines index stays as it is (H2 holds small sites, where a wider index costs more than it saves).
DROP INDEX ix_lot_links_consumed;
CREATE INDEX ix_lot_links_consumed ON lot_links (consumed_lot_id, produced_lot_id, id, manufacturing_order_id);
