/** The location tree and its usages: which places hold our stock, which stand for partners and virtual flows. */
package io.stocktrace.location;
