-- Lot names are up to 128 characters counted as code points (an emoji is one). H2 counts UTF-16 units, in which
-- a character outside the Basic Multilingual Plane takes two, so its columns need twice the room; the service
-- keeps the limit of 128. PostgreSQL counts code points and needs no change.
ALTER TABLE lots ALTER COLUMN name SET DATA TYPE varchar(256);
ALTER TABLE transfer_lines ALTER COLUMN lot_name SET DATA TYPE varchar(256);
