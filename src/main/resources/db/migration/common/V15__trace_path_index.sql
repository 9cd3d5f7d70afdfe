-- An upstream trace shows how each ancestor lot came into the traced lot: its moves into our locations recorded before
-- its consumption on the path. With the destination in the lot's index, a sugar lot consumed by 10,000 orders
-- answers that from index entries, reading only the few move lines that match instead of its 10,000 consumptions.
DROP INDEX ix_move_lines_lot;
CREATE INDEX ix_move_lines_lot ON move_lines (lot_id, id, destination_location_id);
