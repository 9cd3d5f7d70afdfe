-- The dashboard's filters, grouped by product, look for each product's first matching lot: a product with no
-- recalled (or quarantined) lot, none expired or none in alert answers from the index instead of reading all its lots.
CREATE INDEX ix_lots_status_product ON lots (status, product_id, id);
CREATE INDEX ix_lots_product_expiration ON lots (product_id, expiration_date);
CREATE INDEX ix_lots_product_alert ON lots (product_id, alert_date);
-- Grouped by location or by creation date, the group rows come from the first matching lot of each location (its
-- quants) or of each day (stepping from day to day down the creation dates).
CREATE INDEX ix_quants_location ON quants (location_id, lot_id);
CREATE INDEX ix_lots_created ON lots (created_at);
-- At Customer, grouped by product: a product never delivered has no move line into a customer location.
CREATE INDEX ix_move_lines_product_destination ON move_lines (product_id, destination_location_id);

-- H2 has no trigram index: its search reads the lots table (PostgreSQL's V14 indexes the names).
