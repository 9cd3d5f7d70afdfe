package io.stocktrace.pack;

import java.time.Instant;

/**
 * A package moved as a whole: put into a parent or taken out of it (pack, unpack), or carried by a transfer with its
 * parent at that moment. Written to {@code package_moves}.
 */
record PackageEvent(long packageId, String reference, String type, Long fromParentId, Long parentId,
                    long sourceLocationId, long destinationLocationId, Long transferId, Instant occurredAt,
                    String actor) {
}
