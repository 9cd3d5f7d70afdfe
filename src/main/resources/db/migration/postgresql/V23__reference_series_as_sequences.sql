-- Operation references are drawn from database sequences, one per series, as Odoo's ir.sequence does in its standard
-- mode: a sequence locks nothing, so a transaction that runs for seconds (a receipt of 200,000 serials) no longer
-- holds the counter row that every other creation of its series waits for. A refused or rolled back operation may
-- leave a gap. Each sequence continues where its counter stood; the rows keep the prefixes.
CREATE SEQUENCE ref_receipt;
SELECT setval('ref_receipt', (SELECT next_number FROM reference_sequences WHERE code = 'receipt'), false);
CREATE SEQUENCE ref_delivery;
SELECT setval('ref_delivery', (SELECT next_number FROM reference_sequences WHERE code = 'delivery'), false);
CREATE SEQUENCE ref_internal;
SELECT setval('ref_internal', (SELECT next_number FROM reference_sequences WHERE code = 'internal'), false);
CREATE SEQUENCE ref_manufacturing;
SELECT setval('ref_manufacturing', (SELECT next_number FROM reference_sequences WHERE code = 'manufacturing'), false);
CREATE SEQUENCE ref_return;
SELECT setval('ref_return', (SELECT next_number FROM reference_sequences WHERE code = 'return'), false);
CREATE SEQUENCE ref_scrap;
SELECT setval('ref_scrap', (SELECT next_number FROM reference_sequences WHERE code = 'scrap'), false);
CREATE SEQUENCE ref_adjustment;
SELECT setval('ref_adjustment', (SELECT next_number FROM reference_sequences WHERE code = 'adjustment'), false);
CREATE SEQUENCE ref_recall;
SELECT setval('ref_recall', (SELECT next_number FROM reference_sequences WHERE code = 'recall'), false);
ALTER TABLE reference_sequences DROP COLUMN next_number;
