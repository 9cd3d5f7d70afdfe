-- Where a location is, for the FDA FSMA 204 location descriptions and EPCIS: address, phone and GLN.
ALTER TABLE locations ADD COLUMN address varchar(400);
ALTER TABLE locations ADD COLUMN city varchar(100);
ALTER TABLE locations ADD COLUMN region varchar(100);
ALTER TABLE locations ADD COLUMN postal_code varchar(32);
ALTER TABLE locations ADD COLUMN country varchar(2);
ALTER TABLE locations ADD COLUMN phone varchar(64);
ALTER TABLE locations ADD COLUMN gln varchar(13);
