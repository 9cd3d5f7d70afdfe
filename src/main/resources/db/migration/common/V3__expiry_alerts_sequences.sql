-- Expiry dates set by hand, the alerts of the daily expiry job, and per-product sequences of lot and serial names.

-- Best-before, removal and alert dates follow the expiration date when it moves, unless they were set by hand.
-- Lots from before this migration count as derived: every date moved with the expiration date until now.
ALTER TABLE lots ADD COLUMN best_before_by_hand boolean DEFAULT FALSE NOT NULL;
ALTER TABLE lots ADD COLUMN removal_by_hand boolean DEFAULT FALSE NOT NULL;
ALTER TABLE lots ADD COLUMN alert_by_hand boolean DEFAULT FALSE NOT NULL;
-- No index on alert_date: the daily job and the alerts list read it once, every bulk receipt and import would pay
-- for it on every row.

-- An 'alert' event records the dates it was raised for: a lot is alerted again once its dates change, never twice
-- for the same ones. Status events leave both columns empty.
ALTER TABLE lot_events ADD COLUMN alert_date date;
ALTER TABLE lot_events ADD COLUMN expiration_date date;
ALTER TABLE lot_events ADD CONSTRAINT uq_lot_events_alert_dates UNIQUE (lot_id, event, alert_date, expiration_date);

-- The names a product's next lots or serials are proposed under: prefix + next number, zero-padded to padding
-- digits. A product without a row uses its SKU and a dash, 6 digits, from 1.
CREATE TABLE lot_sequences (
    product_id  bigint      NOT NULL CONSTRAINT pk_lot_sequences PRIMARY KEY
        CONSTRAINT fk_lot_sequences_product REFERENCES products (id),
    prefix      varchar(64) NOT NULL,
    padding     integer     NOT NULL CONSTRAINT ck_lot_sequences_padding CHECK (padding BETWEEN 1 AND 18),
    next_number bigint      NOT NULL CONSTRAINT ck_lot_sequences_next_number CHECK (next_number >= 0)
);
