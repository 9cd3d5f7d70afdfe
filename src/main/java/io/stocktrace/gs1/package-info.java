/**
 * GS1 syntax engine: reads the GS1 Barcode Syntax Dictionary and parses, validates and generates
 * GS1 element strings, bracketed AI data, barcode scan data and GS1 Digital Link URIs.
 * Pure Java: no Spring, servlet or JDBC; time comes from an injected {@link java.time.Clock}.
 */
package io.stocktrace.gs1;
