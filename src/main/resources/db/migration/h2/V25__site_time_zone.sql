-- The site's time zone: "today" for expiry and FSMA dates, and the days lots are grouped and filtered by.
ALTER TABLE settings ADD COLUMN time_zone varchar(64) DEFAULT 'UTC' NOT NULL;
-- A day of the site as SQL sees it: local_day(instant, zone) is the calendar day of an instant in that zone,
-- day_start(day, zone) the instant the day begins there (DST included). PostgreSQL has them as SQL functions.
CREATE ALIAS local_day FOR 'io.stocktrace.db.H2Days.localDay';
CREATE ALIAS day_start FOR 'io.stocktrace.db.H2Days.dayStart';
