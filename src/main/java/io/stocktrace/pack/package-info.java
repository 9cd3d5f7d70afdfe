/**
 * Packages (pallets, cases, boxes): their SSCC or free names, nesting and location, Put in Pack and Unpack as ledger
 * operations, and what a package holds (the quants that name it). Transfers move packages whole through
 * {@link io.stocktrace.pack.PackageMoves}.
 */
package io.stocktrace.pack;
