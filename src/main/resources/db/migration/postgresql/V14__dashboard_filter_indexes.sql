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

-- The dashboard's search matches any part of a lot's name or reference (LOWER(name) LIKE '%text%'): trigram
-- indexes answer that from the few lots that contain the text's trigrams instead of reading a million names.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_lots_name_trgm ON lots USING gin (LOWER(name) gin_trgm_ops);
CREATE INDEX ix_lots_ref_trgm ON lots USING gin (LOWER(ref) gin_trgm_ops);
