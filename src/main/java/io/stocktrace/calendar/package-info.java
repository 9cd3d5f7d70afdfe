/**
 * The site's calendar: its time zone (a setting), "today" and the day of an instant there. Every date that depends
 * on "now" (expiry, FSMA, removal, day groupings and filters) comes from here, never from UTC.
 */
package io.stocktrace.calendar;
