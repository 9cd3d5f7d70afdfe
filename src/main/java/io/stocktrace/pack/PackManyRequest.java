package io.stocktrace.pack;

import java.util.List;

/** Many Put in Packs in one request and one transaction, in order, each with its nested {@code contents}. */
public record PackManyRequest(List<PackItem> packs) {
}
