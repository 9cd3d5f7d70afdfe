-- GS1 identity of the site, for EPCIS: the company prefixes that split GTINs and GLNs into EPC URNs, the GLN of
-- this site (its locations are SGLN extensions of it) and how identifiers are written.
ALTER TABLE settings ADD COLUMN site_gln varchar(13);
ALTER TABLE settings ADD COLUMN epcis_identifiers varchar(16) DEFAULT 'urn' NOT NULL;
ALTER TABLE settings ADD CONSTRAINT ck_settings_epcis_identifiers CHECK (epcis_identifiers IN ('urn', 'digital-link'));

CREATE TABLE gs1_company_prefixes (
    prefix varchar(12) PRIMARY KEY
);
