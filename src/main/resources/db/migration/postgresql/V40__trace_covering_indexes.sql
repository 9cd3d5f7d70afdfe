-- A big trace's summary (a hot lot: 22,000 lots, 94,000 move lines downstream) sums its move lines per level and per
-- customer, and walks its links level by level. With these columns in the indexes, both are index-only scans: no
-- table row is read for the 94,000 move lines and 41,000 links (once VACUUM has marked the pages all-visible, as
-- autovacuum does for an append-only ledger). The keys stay as they were (the same lookups, the same order).
DROP INDEX ix_move_lines_lot;
CREATE INDEX ix_move_lines_lot ON move_lines (lot_id, id, destination_location_id)
    INCLUDE (source_location_id, partner_id, quantity);
DROP INDEX ix_lot_links_consumed;
CREATE INDEX ix_lot_links_consumed ON lot_links (consumed_lot_id, produced_lot_id)
    INCLUDE (id, manufacturing_order_id);
