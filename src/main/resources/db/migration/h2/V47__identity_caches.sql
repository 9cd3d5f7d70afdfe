-- H2 hands out an identity column's values from a cache it persists each time the cache runs out, and with
-- WRITE_DELAY=0 persisting it writes the database's changed pages to the file: at the default cache of 32 values,
-- a delivery of a pallet of 10,000 serials wrote them 312 times for its move lines alone, a third of its time.
-- The tables that take thousands of rows in one operation draw 10,000 values at a time. A crash skips the values
-- cached and not used (never reuses one): ids are keys, not business numbers (references have their own series).
ALTER TABLE lots ALTER COLUMN id SET CACHE 10000;
ALTER TABLE lot_events ALTER COLUMN id SET CACHE 10000;
ALTER TABLE transfer_lines ALTER COLUMN id SET CACHE 10000;
ALTER TABLE move_lines ALTER COLUMN id SET CACHE 10000;
ALTER TABLE quants ALTER COLUMN id SET CACHE 10000;
ALTER TABLE manufacturing_order_lines ALTER COLUMN id SET CACHE 10000;
ALTER TABLE lot_links ALTER COLUMN id SET CACHE 10000;
ALTER TABLE packages ALTER COLUMN id SET CACHE 10000;
ALTER TABLE package_moves ALTER COLUMN id SET CACHE 10000;
ALTER TABLE transfer_packages ALTER COLUMN id SET CACHE 10000;
ALTER TABLE epcis_outbox ALTER COLUMN id SET CACHE 10000;
ALTER TABLE epcis_captured_events ALTER COLUMN id SET CACHE 10000;
ALTER TABLE scrap_lines ALTER COLUMN id SET CACHE 10000;
ALTER TABLE inventory_adjustment_lines ALTER COLUMN id SET CACHE 10000;
