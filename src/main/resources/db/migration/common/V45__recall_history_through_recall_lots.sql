-- A recall writes one history row, not one per lot it reaches (issue 17, item 5): that row names its recall
-- (lot_events.recall_id), and each lot's history shows it through the lot's recall_lots row, which keeps the lot's
-- status before the recall (from_status). A recall_lots row without from_status adds nothing to the lot's history: a
-- lot the recall found recalled already, or a recall from before this migration, whose lots have their own rows.
-- Both columns are null in every existing row, so the ledger's hashes of those rows do not change.
ALTER TABLE lot_events ADD COLUMN recall_id bigint;
ALTER TABLE lot_events ADD CONSTRAINT fk_lot_events_recall FOREIGN KEY (recall_id) REFERENCES recalls (id);
CREATE INDEX ix_lot_events_recall ON lot_events (recall_id);
ALTER TABLE recall_lots ADD COLUMN from_status varchar(16);
