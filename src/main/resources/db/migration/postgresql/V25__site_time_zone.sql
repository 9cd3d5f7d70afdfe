-- The site's time zone: "today" for expiry and FSMA dates, and the days lots are grouped and filtered by.
ALTER TABLE settings ADD COLUMN time_zone varchar(64) DEFAULT 'UTC' NOT NULL;
-- A day of the site as SQL sees it: local_day(instant, zone) is the calendar day of an instant in that zone,
-- day_start(day, zone) the instant the day begins there (DST included). Simple SQL functions: the planner inlines them.
CREATE FUNCTION local_day(ts timestamptz, zone varchar) RETURNS date
    LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT CAST(ts AT TIME ZONE zone AS date) $$;
CREATE FUNCTION day_start(d date, zone varchar) RETURNS timestamptz
    LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT CAST(d AS timestamp) AT TIME ZONE zone $$;
