/**
 * GS1 EPCIS 2.0: the ledger told as events (what, when, where, why) in JSON-LD, with lots as LGTIN classes, serials
 * as SGTINs, locations as SGLNs and partners as PGLNs, as URNs or GS1 Digital Link URIs.
 */
package io.stocktrace.epcis;
