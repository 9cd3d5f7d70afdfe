-- Operation references are drawn from database sequences, one per series, as Odoo's ir.sequence does in its standard
-- mode: a sequence locks nothing, so a transaction that runs for seconds (a receipt of 200,000 serials) no longer
-- holds the counter row that every other creation of its series waits for. A refused or rolled back operation may
-- leave a gap. Each sequence continues where its counter stood; the rows keep the prefixes.
CREATE SEQUENCE ref_receipt;
ALTER SEQUENCE ref_receipt RESTART WITH (SELECT next_number FROM reference_sequences WHERE code = 'receipt');
CREATE SEQUENCE ref_delivery;
ALTER SEQUENCE ref_delivery RESTART WITH (SELECT next_number FROM reference_sequences WHERE code = 'delivery');
CREATE SEQUENCE ref_internal;
ALTER SEQUENCE ref_internal RESTART WITH (SELECT next_number FROM reference_sequences WHERE code = 'internal');
CREATE SEQUENCE ref_manufacturing;
ALTER SEQUENCE ref_manufacturing RESTART WITH (SELECT next_number FROM reference_sequences WHERE code = 'manufacturing');
CREATE SEQUENCE ref_return;
ALTER SEQUENCE ref_return RESTART WITH (SELECT next_number FROM reference_sequences WHERE code = 'return');
CREATE SEQUENCE ref_scrap;
ALTER SEQUENCE ref_scrap RESTART WITH (SELECT next_number FROM reference_sequences WHERE code = 'scrap');
CREATE SEQUENCE ref_adjustment;
ALTER SEQUENCE ref_adjustment RESTART WITH (SELECT next_number FROM reference_sequences WHERE code = 'adjustment');
CREATE SEQUENCE ref_recall;
ALTER SEQUENCE ref_recall RESTART WITH (SELECT next_number FROM reference_sequences WHERE code = 'recall');
ALTER TABLE reference_sequences DROP COLUMN next_number;
