package io.stocktrace.pack;

import java.time.Instant;

/**
 * A package: its name (an SSCC or a free name), its type (pallet, case, box or the user's own), the package it is in
 * (null at the top) and where it is. Named so as not to hide {@link java.lang.Package}.
 */
public record StockPackage(long id, String name, String type, Long parentId, String parentName, long locationId,
                           String location, String createdBy, Instant createdAt) {
    public boolean isSscc() {
        return Sscc.isSscc(name);
    }
}
