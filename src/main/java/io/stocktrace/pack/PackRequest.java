package io.stocktrace.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.stocktrace.stock.TransferRequest;
import java.util.List;

/**
 * Put in Pack: into the package {@code packageId}, or a new one described by {@code newPackage} (in JSON {@code package}), put the loose stock
 * of {@code lines} (a product with its lot and quantity, or its serials) and the packages {@code packages} (names or
 * SSCCs), all from where the package is.
 */
public record PackRequest(Long packageId, @JsonProperty("package") PackageRequest newPackage, List<TransferRequest.Line> lines,
                          List<String> packages) {
}
