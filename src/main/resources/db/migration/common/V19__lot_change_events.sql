-- A 'change' event records one edited field of a lot (its reference, note or one of its four dates), by whom, when,
-- and the value before and after, as text (dates as yyyy-MM-dd; an empty value is NULL). Status and alert events
-- leave the three columns empty.
ALTER TABLE lot_events ADD COLUMN field varchar(32);
ALTER TABLE lot_events ADD COLUMN old_value varchar(4000);
ALTER TABLE lot_events ADD COLUMN new_value varchar(4000);
ALTER TABLE lot_events ADD CONSTRAINT ck_lot_events_change_field
    CHECK ((event = 'change') = (field IS NOT NULL));
