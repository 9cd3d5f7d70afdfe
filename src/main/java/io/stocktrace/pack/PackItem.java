package io.stocktrace.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.stocktrace.stock.TransferRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * One Put in Pack of {@code POST /packages/put-in-pack/many}: the fields of {@link PackRequest}, and {@code contents},
 * Put in Packs of their own (usually new packages) done first, whose packages then go inside this one.
 */
public record PackItem(Long packageId, @JsonProperty("package") PackageRequest newPackage,
                       List<TransferRequest.Line> lines, List<String> packages, List<PackItem> contents) {
    /** The Put in Pack of this item once its contents are made: their packages after those it names. */
    PackRequest request(List<String> made) {
        List<String> children = new ArrayList<>(packages == null ? List.of() : packages);
        children.addAll(made);
        return new PackRequest(packageId, newPackage, lines, children.isEmpty() ? null : children);
    }

    List<PackItem> contentsOrNone() {
        return contents == null ? List.of() : contents;
    }
}
