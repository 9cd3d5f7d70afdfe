package io.stocktrace.pack;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A Put in Pack or Unpack done: its reference, the package, what moved (lines and child packages), when, who. */
public record PackOperation(String reference, String type, StockPackage pack, List<PackageContent.Item> items,
                            List<String> packages, BigDecimal quantity, Instant occurredAt, String actor) {
}
