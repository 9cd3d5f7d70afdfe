/**
 * Lots and serial numbers: names, status, dates, where each one is (its quants) and every operation made with it.
 * A serial number is a lot of a serial-tracked product.
 */
package io.stocktrace.lot;
