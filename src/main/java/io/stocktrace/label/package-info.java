/**
 * Printable GS1 labels for lots and serial numbers: the element string a lot carries (GTIN, expiry, lot or
 * serial), drawn as GS1 DataMatrix or GS1-128 with its human readable text, as PDF.
 */
package io.stocktrace.label;
