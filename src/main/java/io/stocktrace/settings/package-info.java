/** The Inventory settings: the "Lots &amp; Serial Numbers" and "Expiration Dates" switches. */
package io.stocktrace.settings;
